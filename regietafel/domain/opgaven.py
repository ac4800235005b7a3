"""The kinds of opgave (task) the regietafel divides and monitors, by code.

COA amv places are part of the opvang opgave and Nidos places count for huisvesting: they are
shown on their own but never added to those totals (domain brief, AMV).
"""

from __future__ import annotations

CATEGORIEEN = ("opvang", "huisvesting", "amv_coa", "amv_nidos", "oekraine", "crisisnoodopvang")
