"""Stall plans: layouts with numbered stalls and labelled landmarks, in metres, reusable by fairs.

A stall taken off a plan is archived, never deleted, so past assignments keep their stall and an
undo can put the very same stall back (``restore_stall``); a layout is copied (not shared) when
another event wants to change it. Stalls, landmarks and plans have no version column: the functions
an undo step calls (``put_stalls``, ``update_landmark``, ``resize_layout``... with ``expected``)
compare the saved values with the ones the step left and refuse with ``ChangedElsewhere`` when
another desk changed them since. A new stall goes to the first free spot (``first_free_spot``). Every stall and
landmark lies on its plan: positions are clamped (``clamp_to_plan``) when saved, whatever the editor
sent, and the database refuses a negative position (CHECK constraints, migration 0004).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ngo_desktop.database.core import Database
from ngo_desktop.database.together import read_together
from ngo_desktop.errors import ChangedElsewhere, DomainError, NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import AuditAction, Fair, Landmark, LandmarkKind, Stall, StallLayout
from ngo_desktop.services import audit
from ngo_desktop.sorting import sorted_latvian


@dataclass(frozen=True)
class StallSpec:
    """A stall as the plan editor places it; position is the top-left corner before turning."""

    number: str
    x_m: float = 0.0
    y_m: float = 0.0
    width_m: float = 3.0
    depth_m: float = 3.0
    rotation_deg: float = 0.0
    has_power: bool = False
    has_table: bool = False
    under_cover: bool = False


@dataclass(frozen=True)
class StallInfo:
    id: int
    spec: StallSpec

    @property
    def number(self) -> str:
        return self.spec.number


@dataclass(frozen=True)
class LandmarkSpec:
    kind: LandmarkKind
    label: str = ""
    x_m: float = 0.0
    y_m: float = 0.0
    width_m: float = 4.0
    depth_m: float = 4.0
    rotation_deg: float = 0.0


@dataclass(frozen=True)
class LandmarkInfo:
    id: int
    spec: LandmarkSpec


@dataclass(frozen=True)
class LayoutPlan:
    id: int
    name: str
    width_m: float
    depth_m: float
    stalls: tuple[StallInfo, ...]
    landmarks: tuple[LandmarkInfo, ...]


def clamp_to_plan(x_m: float, y_m: float, width_m: float, depth_m: float,
                  plan_width_m: float, plan_depth_m: float) -> tuple[float, float]:
    """The top-left corner moved just enough that the (unturned) rectangle lies on the plan: never
    negative, never beyond the plan's width and depth; something bigger than the plan starts at 0."""
    return (min(max(0.0, x_m), max(0.0, plan_width_m - width_m)),
            min(max(0.0, y_m), max(0.0, plan_depth_m - depth_m)))


def stall_on_plan(spec: StallSpec, plan_width_m: float, plan_depth_m: float) -> StallSpec:
    x_m, y_m = clamp_to_plan(spec.x_m, spec.y_m, spec.width_m, spec.depth_m, plan_width_m, plan_depth_m)
    return spec if (x_m, y_m) == (spec.x_m, spec.y_m) else replace(spec, x_m=x_m, y_m=y_m)


def landmark_on_plan(spec: LandmarkSpec, plan_width_m: float, plan_depth_m: float) -> LandmarkSpec:
    x_m, y_m = clamp_to_plan(spec.x_m, spec.y_m, spec.width_m, spec.depth_m, plan_width_m, plan_depth_m)
    return spec if (x_m, y_m) == (spec.x_m, spec.y_m) else replace(spec, x_m=x_m, y_m=y_m)


def stall_number_key(number: str) -> tuple[int, str]:
    """Stall numbers sort as people count: 2 before 10, then 10a after 10."""
    digits = "".join(character for character in number if character.isdigit())
    return (int(digits) if digits else 10**9, number)


def _layout(session: Session, layout_id: int) -> StallLayout:
    layout = session.get(StallLayout, layout_id)
    if layout is None:
        raise NotFound(translate("StallLayouts", "This stall plan no longer exists."))
    return layout


def _stall(session: Session, stall_id: int) -> Stall:
    stall = session.get(Stall, stall_id)
    if stall is None:
        raise NotFound(translate("StallLayouts", "This stall no longer exists."))
    return stall


def _check_spec(spec: StallSpec) -> None:
    problems: dict[str, str] = {}
    if not spec.number.strip():
        problems["number"] = translate("StallLayouts", "Give the stall a number, e.g. 12.")
    if spec.width_m <= 0 or spec.depth_m <= 0:
        problems["size"] = translate("StallLayouts", "A stall's width and depth must be more than 0 m.")
    if problems:
        raise ValidationFailed(problems)


def create_layout(database: Database, *, name: str, width_m: float = 50.0, depth_m: float = 30.0) -> int:
    if not name.strip():
        raise ValidationFailed({"name": translate("StallLayouts", "Give the plan a name, e.g. Pilsētas laukums.")})
    if width_m <= 0 or depth_m <= 0:
        raise ValidationFailed({"size": translate("StallLayouts", "The plan's size must be more than 0 m.")})
    with database.unit_of_work() as session:
        if session.scalar(select(StallLayout.id).where(StallLayout.name == name.strip())) is not None:
            raise ValidationFailed({"name": translate(
                "StallLayouts", "A plan called “{name}” already exists. Choose another name.").format(name=name)})
        layout = StallLayout(name=name.strip(), width_m=width_m, depth_m=depth_m)
        session.add(layout)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="stall_layout",
                     entity_id=layout.id, summary=layout.name, after=audit.snapshot(layout))
        return layout.id


def list_layouts(database: Database) -> list[tuple[int, str]]:
    """Stall layouts in Latvian order of their names (no database sorts them so; layouts are few)."""
    with database.read_session() as session:
        rows = session.execute(select(StallLayout.id, StallLayout.name).order_by(StallLayout.id)).all()
    return [(row.id, row.name) for row in sorted_latvian(rows, key=lambda row: row.name)]


def load_layout(database: Database, layout_id: int) -> LayoutPlan:
    """The whole plan in one read: stalls (not archived) and landmarks as plain values."""
    with database.read_session() as session:
        return layout_plan(session, layout_id)


def layout_plan(session: Session, layout_id: int) -> LayoutPlan:
    """``load_layout`` in the caller's session: the layout, then its stalls and landmarks together."""
    name_and_size = _name_and_size(_layout(session, layout_id))
    return plan_from(layout_id, name_and_size, *read_together(session, plan_statements(layout_id)))


def plan_statements(layout_id: int) -> tuple[Select[Any], Select[Any]]:
    """The plan's stalls (not archived) and its landmarks: two questions a read may send together
    with others (``database.together``); ``plan_from`` makes the plan of their rows."""
    return (select(Stall.id, Stall.number, Stall.x_m, Stall.y_m, Stall.width_m, Stall.depth_m, Stall.rotation_deg,
                   Stall.has_power, Stall.has_table, Stall.under_cover)
            .where(Stall.layout_id == layout_id, Stall.archived.is_(False)),
            select(Landmark.id, Landmark.kind, Landmark.label, Landmark.x_m, Landmark.y_m, Landmark.width_m,
                   Landmark.depth_m, Landmark.rotation_deg).where(Landmark.layout_id == layout_id))


def plan_from(layout_id: int, name_and_size: tuple[str, float, float], stall_rows: Iterable[Row[Any]],
              landmark_rows: Iterable[Row[Any]]) -> LayoutPlan:
    stalls = sorted((StallInfo(row[0], StallSpec(*row[1:])) for row in stall_rows),
                    key=lambda stall: stall_number_key(stall.number))
    landmarks = tuple(LandmarkInfo(row[0], LandmarkSpec(*row[1:])) for row in landmark_rows)
    name, width_m, depth_m = name_and_size
    return LayoutPlan(layout_id, name, width_m, depth_m, tuple(stalls), landmarks)


def _name_and_size(layout: StallLayout) -> tuple[str, float, float]:
    return layout.name, layout.width_m, layout.depth_m


def next_stall_number(database: Database, layout_id: int) -> str:
    with database.read_session() as session:
        numbers = session.scalars(select(Stall.number).where(Stall.layout_id == layout_id,
                                                             Stall.archived.is_(False)))
        highest = max((stall_number_key(number)[0] for number in numbers
                       if stall_number_key(number)[0] < 10**9), default=0)
        return str(highest + 1)


def add_stall(database: Database, *, layout_id: int, spec: StallSpec) -> int:
    _check_spec(spec)
    try:
        with database.unit_of_work() as session:
            layout = _layout(session, layout_id)
            spec = stall_on_plan(spec, layout.width_m, layout.depth_m)
            stall = Stall(layout_id=layout_id, **_stall_values(spec))
            session.add(stall)
            session.flush()
            audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="stall",
                         entity_id=stall.id, summary=stall.number, after=audit.snapshot(stall))
            return stall.id
    except IntegrityError as error:
        raise _number_taken(spec.number) from error


def add_next_stall(database: Database, *, layout_id: int, x_m: float | None = None,
                   y_m: float | None = None) -> StallInfo:
    """A new 3 × 3 m stall with the next free number, as saved: at (about) the given place, or without
    one in the first free spot after the last stall added (``first_free_spot``)."""
    spec = StallSpec(number=next_stall_number(database, layout_id))
    if x_m is None or y_m is None:
        plan = load_layout(database, layout_id)
        spot = first_free_spot(plan, spec.width_m, spec.depth_m, after=_last_added(plan))
        if spot is None:
            raise DomainError(translate(
                "StallLayouts", "There is no free {width} × {depth} m place left on the plan. Make the plan "
                "bigger or move stalls closer together.").format(width=f"{spec.width_m:g}",
                                                                 depth=f"{spec.depth_m:g}"))
        x_m, y_m = spot
    stall_id = add_stall(database, layout_id=layout_id, spec=replace(spec, x_m=x_m, y_m=y_m))
    return get_stall(database, stall_id)


# --- where a new stall goes ------------------------------------------------------------------------
Box = tuple[float, float, float, float]  # left, top, right, bottom in metres


def footprint(x_m: float, y_m: float, width_m: float, depth_m: float, rotation_deg: float = 0.0) -> Box:
    """The ground a rectangle covers once turned about its centre (as the plan draws it)."""
    angle = math.radians(rotation_deg % 180)
    cos, sin = abs(math.cos(angle)), abs(math.sin(angle))
    half_w = (width_m * cos + depth_m * sin) / 2
    half_d = (width_m * sin + depth_m * cos) / 2
    centre_x, centre_y = x_m + width_m / 2, y_m + depth_m / 2
    return (round(centre_x - half_w, 6), round(centre_y - half_d, 6),
            round(centre_x + half_w, 6), round(centre_y + half_d, 6))


def _overlaps(a: Box, b: Box) -> bool:
    # Touching edges do not overlap: stalls stand side by side.
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _last_added(plan: LayoutPlan) -> StallSpec | None:
    return max(plan.stalls, key=lambda stall: stall.id).spec if plan.stalls else None


def first_free_spot(plan: LayoutPlan, width_m: float, depth_m: float, *,
                    after: StallSpec | None = None) -> tuple[float, float] | None:
    """The top-left corner of the first place for a ``width_m`` × ``depth_m`` stall that overlaps no
    stall and no landmark and lies on the plan: right next to ``after`` in its row, then the rows
    below it, then from the plan's top-left corner, row by row; None when the plan is full."""
    taken = [footprint(s.spec.x_m, s.spec.y_m, s.spec.width_m, s.spec.depth_m, s.spec.rotation_deg)
             for s in plan.stalls]
    taken += [footprint(m.spec.x_m, m.spec.y_m, m.spec.width_m, m.spec.depth_m, m.spec.rotation_deg)
              for m in plan.landmarks]
    if width_m > plan.width_m or depth_m > plan.depth_m:
        return None

    def in_row(y_m: float, from_x: float) -> float | None:
        x_m = from_x
        while x_m + width_m <= plan.width_m + 1e-9:
            box = (x_m, y_m, x_m + width_m, y_m + depth_m)
            blocking = [other for other in taken if _overlaps(box, other)]
            if not blocking:
                return x_m
            # Jump past the blocking rectangle, kept on the half-metre grid the editor uses.
            x_m = math.ceil(max(other[2] for other in blocking) * 2 - 1e-9) / 2
        return None

    for y_m, from_x in _rows(plan, depth_m, after):
        x_m = in_row(y_m, from_x)
        if x_m is not None:
            return x_m, y_m
    return None


def _rows(plan: LayoutPlan, depth_m: float, after: StallSpec | None) -> Iterable[tuple[float, float]]:
    """Rows to try: the last stall's row from its right edge, rows of its depth below it, the same
    rows from the top, then every half metre down (a gap between odd-sized things)."""
    last_row = plan.depth_m - depth_m + 1e-9
    if after is not None:
        _left, top, right, _bottom = footprint(after.x_m, after.y_m, after.width_m, after.depth_m,
                                              after.rotation_deg)
        if top <= last_row:
            yield top, math.ceil(right * 2 - 1e-9) / 2
        y_m = top + depth_m
        while y_m <= last_row:
            yield y_m, 0.0
            y_m += depth_m
        y_m = top - depth_m
        firsts = []
        while y_m >= -1e-9:
            firsts.append(y_m)
            y_m -= depth_m
        yield from ((row, 0.0) for row in reversed(firsts))
    y_m = 0.0
    while y_m <= last_row:
        yield y_m, 0.0
        y_m += 0.5


def _number_taken(number: str) -> ValidationFailed:
    return ValidationFailed({"number": translate(
        "StallLayouts", "This plan already has a stall number {number}. Choose another number."
    ).format(number=number)})


def _stall_values(spec: StallSpec) -> dict[str, object]:
    return {"number": spec.number.strip(), "x_m": spec.x_m, "y_m": spec.y_m, "width_m": spec.width_m,
            "depth_m": spec.depth_m, "rotation_deg": spec.rotation_deg % 360, "has_power": spec.has_power,
            "has_table": spec.has_table, "under_cover": spec.under_cover}


def update_stall(database: Database, stall_id: int, spec: StallSpec) -> StallSpec:
    """Move, resize, turn, renumber or change the features of a stall (one transaction). Returns the
    spec as saved: kept on the plan, so the editor can show where the stall really is."""
    _check_spec(spec)
    try:
        with database.unit_of_work() as session:
            stall = _stall(session, stall_id)
            spec = stall_on_plan(spec, stall.layout.width_m, stall.layout.depth_m)
            before = audit.snapshot(stall)
            for key, value in _stall_values(spec).items():
                setattr(stall, key, value)
            session.flush()
            audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="stall",
                         entity_id=stall.id, summary=stall.number, before=before, after=audit.snapshot(stall))
    except IntegrityError as error:
        raise _number_taken(spec.number) from error
    return replace(spec, number=spec.number.strip(), rotation_deg=spec.rotation_deg % 360)


def _spec_of(stall: Stall) -> StallSpec:
    return StallSpec(stall.number, stall.x_m, stall.y_m, stall.width_m, stall.depth_m, stall.rotation_deg,
                     stall.has_power, stall.has_table, stall.under_cover)


def _stall_changed_elsewhere(number: str) -> ChangedElsewhere:
    return ChangedElsewhere(translate(
        "StallLayouts", "Stall {number} was changed at another desk meanwhile, so this step cannot be taken "
        "back. The plan shows the stall as it is now.").format(number=number))


def put_stalls(database: Database, specs: Mapping[int, StallSpec], *,
               expected: Mapping[int, StallSpec] | None = None) -> dict[int, StallSpec]:
    """Move, resize, turn or edit several stalls in one transaction (a drag of a selection; an undo
    of one). With ``expected`` (the specs the stalls should have now), a stall changed at another
    desk since refuses the whole step with ``ChangedElsewhere``. Returns the specs as saved."""
    return put_plan_items(database, specs, {}, expected_stalls=expected)[0]


def put_plan_items(database: Database, stalls: Mapping[int, StallSpec], landmarks: Mapping[int, LandmarkSpec], *,
                   expected_stalls: Mapping[int, StallSpec] | None = None,
                   expected_landmarks: Mapping[int, LandmarkSpec] | None = None,
                   ) -> tuple[dict[int, StallSpec], dict[int, LandmarkSpec]]:
    """``put_stalls`` for stalls and labels moved together; one transaction, all or nothing."""
    for spec in stalls.values():
        _check_spec(spec)
    saved: dict[int, StallSpec] = {}
    saved_landmarks: dict[int, LandmarkSpec] = {}
    try:
        with database.unit_of_work() as session:
            for stall_id, wanted in stalls.items():
                stall = _stall(session, stall_id)
                if stall.archived or (expected_stalls is not None
                                      and _spec_of(stall) != expected_stalls.get(stall_id)):
                    raise _stall_changed_elsewhere(stall.number.split("~")[0])
                spec = stall_on_plan(wanted, stall.layout.width_m, stall.layout.depth_m)
                before = audit.snapshot(stall)
                for key, value in _stall_values(spec).items():
                    setattr(stall, key, value)
                session.flush()
                audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="stall",
                             entity_id=stall.id, summary=stall.number, before=before,
                             after=audit.snapshot(stall))
                saved[stall_id] = _spec_of(stall)
            for landmark_id, wanted_landmark in landmarks.items():
                landmark = _landmark_for_change(
                    session, landmark_id, None if expected_landmarks is None else expected_landmarks.get(landmark_id))
                saved_landmarks[landmark_id] = _put_landmark(session, database, landmark, wanted_landmark)
    except IntegrityError as error:
        raise _number_taken(next(iter(stalls.values())).number) from error
    return saved, saved_landmarks


def get_stall(database: Database, stall_id: int) -> StallInfo:
    with database.read_session() as session:
        stall = _stall(session, stall_id)
        return StallInfo(stall.id, StallSpec(stall.number, stall.x_m, stall.y_m, stall.width_m, stall.depth_m,
                                             stall.rotation_deg, stall.has_power, stall.has_table,
                                             stall.under_cover))


def remove_stall(database: Database, stall_id: int, *, expected: StallSpec | None = None) -> None:
    """Take a stall off the plan. It is archived, not deleted: its past vendors keep their stall and
    ``restore_stall`` can put it back. ``expected`` (an undo of adding it) refuses when the stall was
    changed at another desk since."""
    with database.unit_of_work() as session:
        stall = _stall(session, stall_id)
        if stall.archived or (expected is not None and _spec_of(stall) != expected):
            raise _stall_changed_elsewhere(stall.number.split("~")[0])
        before = audit.snapshot(stall)
        stall.archived = True
        # The number is free again for a new stall; the archived one keeps a marked number.
        stall.number = f"{stall.number}~{stall.id}"[:20]
        audit.record(session, operator=database.operator, action=AuditAction.ARCHIVE, entity="stall",
                     entity_id=stall_id, summary=before["number"], before=before, after=audit.snapshot(stall))


def restore_stall(database: Database, stall_id: int, number: str) -> StallInfo:
    """Put a removed stall back on its plan under its ``number`` (an undo of removing it, a redo of
    adding it). Refused when the stall is on the plan already or the number was given to another stall."""
    try:
        with database.unit_of_work() as session:
            stall = _stall(session, stall_id)
            if not stall.archived:
                raise _stall_changed_elsewhere(number)
            before = audit.snapshot(stall)
            stall.archived = False
            stall.number = number
            session.flush()
            audit.record(session, operator=database.operator, action=AuditAction.RESTORE, entity="stall",
                         entity_id=stall.id, summary=number, before=before, after=audit.snapshot(stall))
            return StallInfo(stall.id, _spec_of(stall))
    except IntegrityError as error:
        raise _number_taken(number) from error


def add_landmark(database: Database, *, layout_id: int, spec: LandmarkSpec) -> int:
    with database.unit_of_work() as session:
        layout = _layout(session, layout_id)
        spec = landmark_on_plan(spec, layout.width_m, layout.depth_m)
        landmark = Landmark(layout_id=layout_id, kind=spec.kind, label=spec.label.strip(), x_m=spec.x_m,
                            y_m=spec.y_m, width_m=spec.width_m, depth_m=spec.depth_m,
                            rotation_deg=spec.rotation_deg % 360)
        session.add(landmark)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="landmark",
                     entity_id=landmark.id, summary=landmark.label, after=audit.snapshot(landmark))
        return landmark.id


def _landmark_spec_of(landmark: Landmark) -> LandmarkSpec:
    return LandmarkSpec(landmark.kind, landmark.label, landmark.x_m, landmark.y_m, landmark.width_m,
                        landmark.depth_m, landmark.rotation_deg)


def _landmark_for_change(session: Session, landmark_id: int, expected: LandmarkSpec | None) -> Landmark:
    landmark = session.get(Landmark, landmark_id)
    if landmark is None:
        raise NotFound(translate("StallLayouts", "This label no longer exists on the plan."))
    if expected is not None and _landmark_spec_of(landmark) != expected:
        raise ChangedElsewhere(translate(
            "StallLayouts", "The label “{label}” was changed at another desk meanwhile, so this step cannot "
            "be taken back.").format(label=landmark.label))
    return landmark


def update_landmark(database: Database, landmark_id: int, spec: LandmarkSpec, *,
                    expected: LandmarkSpec | None = None) -> LandmarkSpec:
    """Returns the spec as saved (kept on the plan). With ``expected`` (an undo step), a label changed
    at another desk since refuses with ``ChangedElsewhere``."""
    with database.unit_of_work() as session:
        return _put_landmark(session, database, _landmark_for_change(session, landmark_id, expected), spec)


def _put_landmark(session: Session, database: Database, landmark: Landmark, spec: LandmarkSpec) -> LandmarkSpec:
    spec = landmark_on_plan(spec, landmark.layout.width_m, landmark.layout.depth_m)
    before = audit.snapshot(landmark)
    landmark.kind, landmark.label = spec.kind, spec.label.strip()
    landmark.x_m, landmark.y_m = spec.x_m, spec.y_m
    landmark.width_m, landmark.depth_m = spec.width_m, spec.depth_m
    landmark.rotation_deg = spec.rotation_deg % 360
    session.flush()
    audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="landmark",
                 entity_id=landmark.id, summary=landmark.label, before=before, after=audit.snapshot(landmark))
    return _landmark_spec_of(landmark)


def remove_landmark(database: Database, landmark_id: int, *, expected: LandmarkSpec | None = None) -> None:
    """A label holds no history: it is deleted (``restore_landmark`` puts it back under its id)."""
    with database.unit_of_work() as session:
        landmark = _landmark_for_change(session, landmark_id, expected)
        before = audit.snapshot(landmark)
        session.delete(landmark)
        audit.record(session, operator=database.operator, action=AuditAction.DELETE, entity="landmark",
                     entity_id=landmark_id, summary=before["label"], before=before)


def restore_landmark(database: Database, landmark_id: int, *, layout_id: int, spec: LandmarkSpec) -> None:
    """Put a removed label back under its old id (an undo of removing it, a redo of adding it), so the
    steps recorded for it still find it. Refused when that label exists again."""
    with database.unit_of_work() as session:
        layout = _layout(session, layout_id)
        if session.get(Landmark, landmark_id) is not None:
            raise ChangedElsewhere(translate(
                "StallLayouts", "The label “{label}” is on the plan already.").format(label=spec.label))
        spec = landmark_on_plan(spec, layout.width_m, layout.depth_m)
        landmark = Landmark(id=landmark_id, layout_id=layout_id, kind=spec.kind, label=spec.label, x_m=spec.x_m,
                            y_m=spec.y_m, width_m=spec.width_m, depth_m=spec.depth_m,
                            rotation_deg=spec.rotation_deg)
        session.add(landmark)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.RESTORE, entity="landmark",
                     entity_id=landmark.id, summary=landmark.label, after=audit.snapshot(landmark))


def resize_layout(database: Database, layout_id: int, *, width_m: float, depth_m: float,
                  expected: tuple[float, float] | None = None) -> None:
    """Change the plan's size. Refused when a stall or label would lie beyond the new edges (move it
    first), and, with ``expected`` (an undo step), when the size was changed at another desk since."""
    if width_m <= 0 or depth_m <= 0:
        raise ValidationFailed({"size": translate("StallLayouts", "The plan's size must be more than 0 m.")})
    with database.unit_of_work() as session:
        layout = _layout(session, layout_id)
        if expected is not None and (layout.width_m, layout.depth_m) != expected:
            raise ChangedElsewhere(translate(
                "StallLayouts", "The size of the plan “{name}” was changed at another desk meanwhile, so this "
                "step cannot be taken back.").format(name=layout.name))
        things = [(stall.number, _spec_of(stall)) for stall in layout.stalls if not stall.archived]
        things += [(landmark.label, _landmark_spec_of(landmark)) for landmark in layout.landmarks]
        for name, spec in things:
            _left, _top, right, bottom = footprint(spec.x_m, spec.y_m, spec.width_m, spec.depth_m,
                                                   spec.rotation_deg)
            if right > width_m + 1e-6 or bottom > depth_m + 1e-6:
                raise DomainError(translate(
                    "StallLayouts", "“{name}” would lie beyond the edge of a {width} × {depth} m plan. Move it "
                    "first or choose a bigger size.").format(name=name, width=f"{width_m:g}",
                                                             depth=f"{depth_m:g}"))
        before = audit.snapshot(layout)
        layout.width_m, layout.depth_m = width_m, depth_m
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="stall_layout",
                     entity_id=layout.id, summary=layout.name, before=before, after=audit.snapshot(layout))


def plan_size_for(database: Database, fair_id: int) -> tuple[float, float] | None:
    """The size a new plan of ``fair_id`` most likely has: that of the newest other plan drawn for
    a fair at the same site (or the same address), None when there is none."""
    with database.read_session() as session:
        fair = session.get(Fair, fair_id)
        if fair is None:
            return None
        same_place = (Fair.site_id == fair.site_id) if fair.site_id is not None else (
            (Fair.address == fair.address) if fair.address else None)
        if same_place is None:
            return None
        row = session.execute(select(StallLayout.width_m, StallLayout.depth_m)
                              .join(Fair, Fair.layout_id == StallLayout.id)
                              .where(same_place, Fair.id != fair_id)
                              .order_by(Fair.id.desc()).limit(1)).first()
        return (row[0], row[1]) if row is not None else None


def copy_layout(database: Database, layout_id: int, *, new_name: str) -> int:
    """A new plan with the same stalls (same numbers) and landmarks, for another event to change."""
    if not new_name.strip():
        raise ValidationFailed({"name": translate("StallLayouts", "Give the copy a name.")})
    with database.unit_of_work() as session:
        source = _layout(session, layout_id)
        if session.scalar(select(StallLayout.id).where(StallLayout.name == new_name.strip())) is not None:
            raise ValidationFailed({"name": translate(
                "StallLayouts", "A plan called “{name}” already exists. Choose another name.").format(
                name=new_name)})
        copy = StallLayout(name=new_name.strip(), width_m=source.width_m, depth_m=source.depth_m,
                           notes=source.notes, created_at=dt.datetime.now(dt.UTC))
        for stall in source.stalls:
            if stall.archived:
                continue
            copy.stalls.append(Stall(number=stall.number, sort_order=stall.sort_order, x_m=stall.x_m,
                                     y_m=stall.y_m, width_m=stall.width_m, depth_m=stall.depth_m,
                                     rotation_deg=stall.rotation_deg, has_power=stall.has_power,
                                     has_table=stall.has_table, under_cover=stall.under_cover))
        for landmark in source.landmarks:
            copy.landmarks.append(Landmark(kind=landmark.kind, label=landmark.label, x_m=landmark.x_m,
                                           y_m=landmark.y_m, width_m=landmark.width_m,
                                           depth_m=landmark.depth_m, rotation_deg=landmark.rotation_deg))
        session.add(copy)
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.CREATE, entity="stall_layout",
                     entity_id=copy.id, summary=translate("StallLayouts", "copy of {name}").format(
                         name=source.name), after=audit.snapshot(copy))
        return copy.id


def count_stalls(session: Session, layout_id: int | None) -> int:
    if layout_id is None:
        return 0
    return session.scalar(select(func.count()).select_from(Stall).where(
        Stall.layout_id == layout_id, Stall.archived.is_(False))) or 0
