"""Scrolling by finger: every scroll area of the kiosk is dragged and flicked like a page."""

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties


def touch_scroll(area: QAbstractScrollArea) -> None:
    """Drag and flick ``area`` with a finger (a touch reaches Qt as a left button when no
    widget takes the touch itself), a pen or a mouse; a tap still presses what it lands on."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    # No rubber band past the ends: a page that bounces looks broken to someone new to it.
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    # A press reaches the button at once (it lights under the finger; a drag that becomes a
    # scroll cancels it), not a quarter second later, which feels like a missed tap.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(props)
