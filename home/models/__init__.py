"""The association's own sections, one module per noun; every public name is re-exported here."""

from .accessibility import (
    AccessibilityIssue,
    AccessibilityStatementPage,
    AssessmentMethod,
    ComplianceStatus,
    IssueKind,
    review_deadline,
    review_due,
    statement_review_date,
)
from .association import (
    AssociationPage,
    HistoryEvent,
    HistoryPage,
    StatutePage,
    WorkingGroup,
    WorkingGroupsPage,
)
from .easy_read import EasyReadPage, EasyReadParagraphBlock
from .home_page import HomePage, HomeTopTask
from .news import NewsIndexPage, NewsPage, NewsRelatedPage
from .office import (
    OFFICE_TIMEZONE,
    SCHEMA_WEEKDAYS,
    WEEKDAYS,
    OfficeFormField,
    OfficeHours,
    OfficePage,
    OfficeStaff,
    office_today,
)
from .region import RegionPage
from .sign_language import SignLanguagePage
from .site_map import SiteMapPage

__all__ = [
    "AccessibilityIssue", "AccessibilityStatementPage", "AssessmentMethod", "ComplianceStatus", "IssueKind",
    "review_deadline", "review_due", "statement_review_date",
    "OFFICE_TIMEZONE", "SCHEMA_WEEKDAYS", "WEEKDAYS",
    "EasyReadPage", "EasyReadParagraphBlock", "SignLanguagePage", "SiteMapPage",
    "AssociationPage", "HistoryEvent", "HistoryPage", "HomePage", "HomeTopTask", "NewsIndexPage", "NewsPage", "NewsRelatedPage",
    "OfficeFormField", "OfficeHours", "OfficePage", "OfficeStaff", "RegionPage", "StatutePage", "WorkingGroup",
    "WorkingGroupsPage", "office_today",
]
