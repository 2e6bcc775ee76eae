"""Long tables drawn from rows measured beforehand, for documents with thousands of cells.

A ReportLab Table splitting at a page end builds a new Table of every row still to come and
restyles each cell, and draws every cell as an object of its own; a table of a few thousand rows
costs seconds. ``MeasuredRows`` is given each row's height before the build, so a page break only
moves an index, and a page's text goes into one text object. Its head (``heading_height`` tall:
column headings, a group's name) is drawn again at the top of every piece, so it repeats on every
page the rows run onto; a row is never split, and a piece never begins or ends with fewer than
``keep`` rows (unless there are fewer in all).

Subclasses draw the head and the cells (``draw``), using ``bands`` and ``draw_bands`` for the
zebra rows and the hairlines between them.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from ngo_desktop.documents.common import RULE, ZEBRA
from ngo_desktop.documents.platypus import Flowable


class MeasuredRows(Flowable):
    """Rows ``start``–``end`` of a table whose row heights are ``heights``, under a repeated head."""

    keep = 1

    def __init__(self, heights: Sequence[float], width: float, heading_height: float) -> None:
        super().__init__()
        self.heights = heights  # shared by every piece, so a page break costs nothing per row
        self.table_width = width
        self.heading_height = heading_height
        self.start, self.end = 0, len(heights)

    def rows_height(self) -> float:
        return sum(self.heights[self.start:self.end])

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.table_width, self.heading_height + self.rows_height()

    def piece(self, start: int, end: int) -> MeasuredRows:
        part = copy.copy(self)
        part.start, part.end = start, end
        # A new flowable to the layout: not yet put off to a next page (a flowable put off twice
        # is taken to be too large for any page).
        vars(part).pop("_postponed", None)
        return part

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.heading_height
        fits = 0
        for index in range(self.start, self.end):
            room -= self.heights[index]
            if room < 0:
                break
            fits += 1
        total = self.end - self.start
        rest = total - fits
        if rest <= 0:
            return [self]
        if rest < self.keep:  # no lone rows at the top of the next page
            fits = total - self.keep
        if fits < min(self.keep, total):  # nor at the foot of this one: the table starts on the next
            return []
        middle = self.start + fits
        return [self.piece(self.start, middle), self.piece(middle, self.end)]

    def bands(self, top: float) -> list[tuple[int, float, float]]:
        """(row index, bottom, height) of this piece's rows, the first one's top at ``top``."""
        bands = []
        for index in range(self.start, self.end):
            height = self.heights[index]
            top -= height
            bands.append((index, top, height))
        return bands

    def draw_bands(self, canvas: Canvas, bands: list[tuple[int, float, float]], *, first_zebra: int = 1) -> None:
        """Every other row tinted (row ``first_zebra`` is the first) and a hairline under each row."""
        canvas.setFillColor(ZEBRA)
        for index, bottom, height in bands:
            if index % 2 == first_zebra % 2:
                canvas.rect(0, bottom, self.table_width, height, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        for _index, bottom, _height in bands:
            canvas.line(0, bottom, self.table_width, bottom)
