"""The members' map: the subregion's six counties as SVG paths, projected from the GeoJSON shipped in
``members/data`` (see its README for source and licence).

The projection is equirectangular with the longitudes shrunk by cos(latitude) at the map's middle: over
60 km the error is far below what a schematic map shows, and it needs no library. The file is read and
projected once per process (``functools.cache``); pages only pick their links and labels, with no query.
"""

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from .enums import MapArea

DATA_FILE = Path(__file__).resolve().parent / "data" / "subregion-powiaty.geojson"
WIDTH = 400  # the viewBox's width; its height follows the subregion's shape
PADDING = 6

# properties.nazwa in the data file → the area's key
AREA_OF_NAME = {
    "powiat raciborski": MapArea.POWIAT_RACIBORSKI,
    "powiat rybnicki": MapArea.POWIAT_RYBNICKI,
    "powiat wodzisławski": MapArea.POWIAT_WODZISLAWSKI,
    "powiat Rybnik": MapArea.RYBNIK,
    "powiat Jastrzębie-Zdrój": MapArea.JASTRZEBIE_ZDROJ,
    "powiat Żory": MapArea.ZORY,
}


@dataclass(frozen=True)
class Shape:
    key: str
    path: str  # the SVG path's ``d``
    label_x: float  # where the county's name is written: the middle of its largest ring's points
    label_y: float


@dataclass(frozen=True)
class MapData:
    width: int
    height: int
    shapes: tuple

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


def _polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]  # MultiPolygon


@functools.cache
def map_data():
    """The projected shapes in the data file's order (larger counties first, so the cities are drawn on top)."""
    features = json.loads(DATA_FILE.read_text(encoding="utf-8"))["features"]
    points = [point for feature in features for polygon in _polygons(feature["geometry"]) for ring in polygon
              for point in ring]
    min_lon, max_lon = min(p[0] for p in points), max(p[0] for p in points)
    min_lat, max_lat = min(p[1] for p in points), max(p[1] for p in points)
    shrink = math.cos(math.radians((min_lat + max_lat) / 2))
    scale = (WIDTH - 2 * PADDING) / ((max_lon - min_lon) * shrink)
    height = round((max_lat - min_lat) * scale + 2 * PADDING)

    def project(lon, lat):
        return (PADDING + (lon - min_lon) * shrink * scale, PADDING + (max_lat - lat) * scale)

    shapes = []
    for feature in features:
        key = AREA_OF_NAME[feature["properties"]["nazwa"]]
        rings = [[project(*point) for point in ring] for polygon in _polygons(feature["geometry"]) for ring in polygon]
        path = " ".join(
            "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in ring[:-1]) + " Z" for ring in rings
        )
        largest = max(rings, key=len)
        label_x = sum(x for x, _y in largest) / len(largest)
        label_y = sum(y for _x, y in largest) / len(largest)
        shapes.append(Shape(str(key), path, round(label_x, 1), round(label_y, 1)))
    return MapData(WIDTH, height, tuple(shapes))


@dataclass
class Area:
    """One county as a page draws it: its shape, its name in the page's language, and where it leads."""

    shape: Shape
    name: str
    url: str = ""
    current: bool = False


def areas(names, urls=None, current=""):
    """The map's areas for a page: ``names`` and ``urls`` by key (a county without a member page keeps the
    data's name and no link), ``current`` the key of the county to mark."""
    urls = urls or {}
    return [
        Area(shape, names.get(shape.key) or MapArea(shape.key).label, urls.get(shape.key, ""), shape.key == current)
        for shape in map_data().shapes
    ]
