"""Which unnamed collective actors matter for who-said-what-about-whom.

Actors of political conflict are kept wherever they are named and may be targets of statements;
other groups (victims, workers, leaders, citizens ...) are kept only when they speak.
"""
from __future__ import annotations

CORE_GROUP_KINDS = frozenset({
    "protesters", "rioters", "looters", "security_forces", "police_officers", "servicemen", "soldiers",
    "troops", "peacekeepers", "terrorists", "armed_groups", "gunmen", "attackers", "rebels", "insurgents",
    "militants", "foreign_fighters", "extremists", "separatists", "opposition", "activists", "authorities",
    "people", "international_community"})
