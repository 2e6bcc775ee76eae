"""Stall plans: layouts with numbered stalls and labelled landmarks, in metres, reusable by fairs.

A stall that has held a vendor is archived rather than deleted, so past assignments keep their
stall; a layout is copied (not shared) when another event wants to change it. Every stall and
landmark lies on its plan: positions are clamped (``clamp_to_plan``) when saved, whatever the editor
sent, and the database refuses a negative position (CHECK constraints, migration 0004).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.models import AuditAction, Landmark, LandmarkKind, Stall, StallAssignment, StallLayout
from ngo_desktop.services import audit


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
    with database.read_session() as session:
        return [tuple(row) for row in session.execute(select(StallLayout.id, StallLayout.name).order_by(StallLayout.name))]


def load_layout(database: Database, layout_id: int) -> LayoutPlan:
    """The whole plan in one read: stalls (not archived) and landmarks as plain values."""
    with database.read_session() as session:
        layout = _layout(session, layout_id)
        stall_rows = session.execute(select(
            Stall.id, Stall.number, Stall.x_m, Stall.y_m, Stall.width_m, Stall.depth_m, Stall.rotation_deg,
            Stall.has_power, Stall.has_table, Stall.under_cover,
        ).where(Stall.layout_id == layout_id, Stall.archived.is_(False)))
        stalls = sorted((StallInfo(row[0], StallSpec(*row[1:])) for row in stall_rows),
                        key=lambda stall: stall_number_key(stall.number))
        landmark_rows = session.execute(select(
            Landmark.id, Landmark.kind, Landmark.label, Landmark.x_m, Landmark.y_m, Landmark.width_m,
            Landmark.depth_m, Landmark.rotation_deg).where(Landmark.layout_id == layout_id))
        landmarks = tuple(LandmarkInfo(row[0], LandmarkSpec(*row[1:])) for row in landmark_rows)
        return LayoutPlan(layout.id, layout.name, layout.width_m, layout.depth_m, tuple(stalls), landmarks)


def next_stall_number(database: Database, layout_id: int) -> str:
    with database.read_session() as session:
        numbers = session.scalars(select(Stall.number).where(Stall.layout_id == layout_id))
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


def add_next_stall(database: Database, *, layout_id: int, x_m: float, y_m: float) -> StallInfo:
    """A new 3 × 3 m stall with the next free number at (about) the given place, as saved."""
    spec = StallSpec(number=next_stall_number(database, layout_id), x_m=x_m, y_m=y_m)
    stall_id = add_stall(database, layout_id=layout_id, spec=spec)
    return get_stall(database, stall_id)


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


def get_stall(database: Database, stall_id: int) -> StallInfo:
    with database.read_session() as session:
        stall = _stall(session, stall_id)
        return StallInfo(stall.id, StallSpec(stall.number, stall.x_m, stall.y_m, stall.width_m, stall.depth_m,
                                             stall.rotation_deg, stall.has_power, stall.has_table,
                                             stall.under_cover))


def remove_stall(database: Database, stall_id: int) -> None:
    """Take a stall off the plan: deleted if it never held a vendor, archived otherwise."""
    with database.unit_of_work() as session:
        stall = _stall(session, stall_id)
        before = audit.snapshot(stall)
        used = session.scalar(select(func.count()).select_from(StallAssignment)
                              .where(StallAssignment.stall_id == stall_id))
        if used:
            stall.archived = True
            # The number is free again for a new stall; the archived one keeps a marked number.
            stall.number = f"{stall.number}~{stall.id}"[:20]
            action = AuditAction.ARCHIVE
        else:
            session.delete(stall)
            action = AuditAction.DELETE
        audit.record(session, operator=database.operator, action=action, entity="stall", entity_id=stall_id,
                     summary=before["number"], before=before)


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


def update_landmark(database: Database, landmark_id: int, spec: LandmarkSpec) -> LandmarkSpec:
    """Returns the spec as saved (kept on the plan)."""
    with database.unit_of_work() as session:
        landmark = session.get(Landmark, landmark_id)
        if landmark is None:
            raise NotFound(translate("StallLayouts", "This label no longer exists on the plan."))
        spec = landmark_on_plan(spec, landmark.layout.width_m, landmark.layout.depth_m)
        before = audit.snapshot(landmark)
        landmark.kind, landmark.label = spec.kind, spec.label.strip()
        landmark.x_m, landmark.y_m = spec.x_m, spec.y_m
        landmark.width_m, landmark.depth_m = spec.width_m, spec.depth_m
        landmark.rotation_deg = spec.rotation_deg % 360
        session.flush()
        audit.record(session, operator=database.operator, action=AuditAction.UPDATE, entity="landmark",
                     entity_id=landmark.id, summary=landmark.label, before=before,
                     after=audit.snapshot(landmark))
    return replace(spec, label=spec.label.strip(), rotation_deg=spec.rotation_deg % 360)


def remove_landmark(database: Database, landmark_id: int) -> None:
    with database.unit_of_work() as session:
        landmark = session.get(Landmark, landmark_id)
        if landmark is None:
            raise NotFound(translate("StallLayouts", "This label no longer exists on the plan."))
        before = audit.snapshot(landmark)
        session.delete(landmark)
        audit.record(session, operator=database.operator, action=AuditAction.DELETE, entity="landmark",
                     entity_id=landmark_id, summary=before["label"], before=before)


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
