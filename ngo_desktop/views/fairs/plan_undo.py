"""Undo steps for the stall plan: what each edit's step is called and the database work that takes
it back and does it again.

Every step carries the values the edit left, so its work can refuse (``ChangedElsewhere``) when
another desk changed the stall, label or plan since; the history then drops the step. A step that
has run keeps the values it saved, for the next step back or forth to compare with.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs.layouts import LandmarkSpec, StallSpec
from ngo_desktop.views.fairs.labels import landmark_label
from ngo_desktop.views.fairs.plan_scene import PlanEdit


def _numbers(specs: Mapping[int, StallSpec]) -> str:
    return ", ".join(sorted((spec.number for spec in specs.values()), key=stall_layouts.stall_number_key))


def _label(spec: LandmarkSpec) -> str:
    return spec.label or landmark_label(spec.kind)


def edit_text(edit: PlanEdit) -> str:
    """The step's name in the Edit menu: "Move stall 12", "Turn stalls 3, 4", "Move label „Skatuve”"."""
    pairs = [(edit.stalls_before[key], spec) for key, spec in edit.stalls_after.items()]
    pairs += [(edit.landmarks_before[key], spec) for key, spec in edit.landmarks_after.items()]  # type: ignore[misc]

    def only(*fields: str) -> bool:
        return all(all(getattr(before, name) == getattr(after, name)
                       for name in type(after).__dataclass_fields__ if name not in fields)
                   for before, after in pairs)

    stalls, landmarks = edit.stalls_after, edit.landmarks_after
    moved = only("x_m", "y_m")
    if stalls and landmarks:
        return translate("PlanUndo", "Move stalls and labels") if moved else translate("PlanUndo", "Turn stalls and labels")
    if len(landmarks) > 1:
        return translate("PlanUndo", "Move labels") if moved else translate("PlanUndo", "Turn labels")
    if landmarks:
        text = translate("PlanUndo", "Move label „{label}”") if moved else translate("PlanUndo", "Turn label „{label}”")
        return text.format(label=_label(next(iter(landmarks.values()))))
    # The numbers the stalls had: a step that renumbers a stall is named after the stall it changed.
    numbers, several = _numbers(edit.stalls_before), len(stalls) > 1
    if moved:
        text = translate("PlanUndo", "Move stalls {numbers}") if several else translate("PlanUndo", "Move stall {numbers}")
    elif only("rotation_deg"):
        text = translate("PlanUndo", "Turn stalls {numbers}") if several else translate("PlanUndo", "Turn stall {numbers}")
    elif only("width_m", "depth_m"):
        text = translate("PlanUndo", "Resize stall {numbers}")
    else:
        text = (translate("PlanUndo", "Change stalls {numbers}") if several
                else translate("PlanUndo", "Change stall {numbers}"))
    return text.format(numbers=numbers)


class PlanItemsStep:
    """Stalls and labels put back where they were, and again where the edit put them."""

    def __init__(self, edit: PlanEdit, saved: tuple[dict[int, StallSpec], dict[int, LandmarkSpec]]) -> None:
        self._before = (dict(edit.stalls_before), dict(edit.landmarks_before))
        self._after = saved

    def undo(self, database: Database) -> None:
        self._before = self._put(database, self._before, self._after)

    def redo(self, database: Database) -> None:
        self._after = self._put(database, self._after, self._before)

    @staticmethod
    def _put(database: Database, wanted: tuple[Mapping[int, StallSpec], Mapping[int, LandmarkSpec]],
             now: tuple[Mapping[int, StallSpec], Mapping[int, LandmarkSpec]],
             ) -> tuple[dict[int, StallSpec], dict[int, LandmarkSpec]]:
        return stall_layouts.put_plan_items(database, wanted[0], wanted[1],
                                            expected_stalls=now[0], expected_landmarks=now[1])


def stall_added(stall: stall_layouts.StallInfo) -> tuple[str, Callable[[Database], object], Callable[[Database], object]]:
    """Undo takes the new stall off the plan (archived), redo puts the same stall back."""
    return (translate("PlanUndo", "Add stall {number}").format(number=stall.number),
            lambda database: stall_layouts.remove_stall(database, stall.id, expected=stall.spec),
            lambda database: stall_layouts.restore_stall(database, stall.id, stall.number))


def stall_removed(stall_id: int, spec: StallSpec) -> tuple[str, Callable[[Database], object], Callable[[Database], object]]:
    return (translate("PlanUndo", "Remove stall {number}").format(number=spec.number),
            lambda database: stall_layouts.restore_stall(database, stall_id, spec.number),
            lambda database: stall_layouts.remove_stall(database, stall_id, expected=spec))


def landmark_added(layout_id: int, landmark_id: int, spec: LandmarkSpec,
                   ) -> tuple[str, Callable[[Database], object], Callable[[Database], object]]:
    return (translate("PlanUndo", "Add label „{label}”").format(label=_label(spec)),
            lambda database: stall_layouts.remove_landmark(database, landmark_id, expected=spec),
            lambda database: stall_layouts.restore_landmark(database, landmark_id, layout_id=layout_id, spec=spec))


def landmark_removed(layout_id: int, landmark_id: int, spec: LandmarkSpec,
                     ) -> tuple[str, Callable[[Database], object], Callable[[Database], object]]:
    return (translate("PlanUndo", "Remove label „{label}”").format(label=_label(spec)),
            lambda database: stall_layouts.restore_landmark(database, landmark_id, layout_id=layout_id, spec=spec),
            lambda database: stall_layouts.remove_landmark(database, landmark_id, expected=spec))


def plan_resized(layout_id: int, before: tuple[float, float], after: tuple[float, float],
                 ) -> tuple[str, Callable[[Database], object], Callable[[Database], object]]:
    text = translate("PlanUndo", "Change the plan size to {width} × {depth} m")
    return (text.format(width=f"{after[0]:g}", depth=f"{after[1]:g}"),
            lambda database: stall_layouts.resize_layout(database, layout_id, width_m=before[0], depth_m=before[1],
                                                         expected=after),
            lambda database: stall_layouts.resize_layout(database, layout_id, width_m=after[0], depth_m=after[1],
                                                         expected=before))
