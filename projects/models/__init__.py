"""The projects section's models, one module per part of the section.

- ``programme``: the funding programme snippet;
- ``description``, ``recruitment``, ``downloads``: one tab of the project page each (its fields, panels
  and context as an abstract mixin, plus the tab's inline models);
- ``project``: the project page, composed of the three tabs, with its tab URLs;
- ``index``: the projects index page.
"""

from .description import (
    ProjectDescriptionTab,
    ProjectGoal,
    ProjectPageForm,
    ProjectPartner,
    ProjectTargetGroup,
    project_status,
)
from .downloads import ProjectDownload, ProjectDownloadsTab
from .index import ProjectIndexPage
from .programme import FundingProgramme
from .project import TAB_SLUGS, ProjectPage
from .recruitment import ProjectFormField, ProjectRecruitmentTab

__all__ = [
    "TAB_SLUGS",
    "FundingProgramme",
    "ProjectDescriptionTab",
    "ProjectDownload",
    "ProjectDownloadsTab",
    "ProjectFormField",
    "ProjectGoal",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageForm",
    "ProjectPartner",
    "ProjectRecruitmentTab",
    "ProjectTargetGroup",
    "project_status",
]
