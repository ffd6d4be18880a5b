"""Illustrations for the demo content, drawn with Pillow so the demo needs no network
and ships no binary files. Each is plainly an abstract illustration, not a photo."""

import math
import random
from io import BytesIO

from PIL import Image, ImageDraw

INK = (22, 33, 62)
SIGNAL = (194, 65, 12)
CALM = (15, 107, 99)
HIGHLIGHT = (255, 209, 102)
NEUTRAL = (243, 239, 231)
WHITE = (255, 255, 255)


def _canvas(width, height, colour):
    image = Image.new("RGB", (width, height), colour)
    return image, ImageDraw.Draw(image)


def hero(width=1600, height=1200):
    """Workshop blocks: stacked beams and a sun, like a building site at dawn."""
    image, draw = _canvas(width, height, CALM)
    draw.ellipse((width * 0.55, height * 0.08, width * 0.95, height * 0.48), fill=HIGHLIGHT)
    beam = height // 10
    for row, colour in enumerate([INK, SIGNAL, INK, WHITE, SIGNAL]):
        top = height - (row + 1) * beam - row * 12
        left = (row % 2) * width // 8 + width // 16
        draw.rectangle((left, top, left + width * 0.7, top + beam), fill=colour)
    for i in range(6):  # a scaffold
        x = width * 0.08 + i * width * 0.06
        draw.rectangle((x, height * 0.18, x + 14, height * 0.5), fill=NEUTRAL)
    draw.rectangle(
        (width * 0.08, height * 0.18, width * 0.08 + 5 * width * 0.06 + 14, height * 0.18 + 14),
        fill=NEUTRAL,
    )
    return image


def workshop(width=1600, height=800):
    """A workbench seen from above: tools as simple shapes."""
    image, draw = _canvas(width, height, NEUTRAL)
    draw.rectangle((0, height * 0.6, width, height), fill=INK)
    draw.rectangle((width * 0.1, height * 0.25, width * 0.45, height * 0.4), fill=SIGNAL)  # a plank
    draw.rectangle((width * 0.52, height * 0.2, width * 0.56, height * 0.55), fill=CALM)  # a handle
    draw.polygon(
        [
            (width * 0.5, height * 0.2),
            (width * 0.58, height * 0.2),
            (width * 0.6, height * 0.12),
            (width * 0.48, height * 0.12),
        ],
        fill=INK,
    )
    draw.ellipse(
        (width * 0.68, height * 0.18, width * 0.86, height * 0.54), outline=SIGNAL, width=28
    )
    for i in range(12):
        x = width * 0.08 + i * width * 0.075
        draw.rectangle(
            (x, height * 0.7, x + width * 0.04, height * 0.9),
            fill=HIGHLIGHT if i % 3 == 0 else NEUTRAL,
        )
    return image


def visit(width=1600, height=800):
    """A class visiting a company: figures in front of a hall."""
    image, draw = _canvas(width, height, HIGHLIGHT)
    draw.polygon(
        [(width * 0.1, height * 0.55), (width * 0.5, height * 0.15), (width * 0.9, height * 0.55)],
        fill=INK,
    )
    draw.rectangle((width * 0.15, height * 0.55, width * 0.85, height), fill=INK)
    draw.rectangle((width * 0.42, height * 0.62, width * 0.58, height), fill=SIGNAL)
    rng = random.Random(7)  # noqa: S311 (a fixed seed for a drawing, not security)
    for i in range(9):
        x = width * 0.08 + i * width * 0.105
        colour = [SIGNAL, CALM, WHITE][i % 3]
        head = 34 + rng.randint(0, 8)
        draw.ellipse((x, height * 0.66, x + head * 2, height * 0.66 + head * 2), fill=colour)
        draw.rounded_rectangle(
            (x - 10, height * 0.66 + head * 2 + 8, x + head * 2 + 10, height),
            radius=24,
            fill=colour,
        )
    return image


def network(width=1600, height=900):
    """A network: the student in the middle, connected to teachers, apprentices, companies."""
    image, draw = _canvas(width, height, INK)
    centre = (width / 2, height / 2)
    nodes = []
    for i in range(10):
        angle = 2 * math.pi * i / 10
        radius = min(width, height) * (0.36 if i % 2 else 0.28)
        nodes.append(
            (centre[0] + radius * math.cos(angle) * 1.5, centre[1] + radius * math.sin(angle))
        )
    for x, y in nodes:
        draw.line((centre, (x, y)), fill=NEUTRAL, width=6)
    for index, (x, y) in enumerate(nodes):
        draw.line(((x, y), nodes[(index + 1) % len(nodes)]), fill=CALM, width=4)
    for index, (x, y) in enumerate(nodes):
        r = 44
        draw.ellipse((x - r, y - r, x + r, y + r), fill=[SIGNAL, CALM, HIGHLIGHT][index % 3])
    draw.ellipse((centre[0] - 80, centre[1] - 80, centre[0] + 80, centre[1] + 80), fill=HIGHLIGHT)
    return image


ILLUSTRATIONS = {
    # key: (drawing function, title shown in the admin)
    "hero": (hero, "Demo-illustration: byggeklodser ved daggry"),
    "workshop": (workshop, "Demo-illustration: arbejdsbænk"),
    "visit": (visit, "Demo-illustration: klassen på virksomhedsbesøg"),
    "network": (network, "Demo-illustration: elevens netværk"),
}


def render_jpeg(key):
    draw, _title = ILLUSTRATIONS[key]
    buffer = BytesIO()
    draw().save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()
