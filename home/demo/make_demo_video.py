"""Draw the demo film `media/introduction.webm` (an abstract animation, 8 seconds,
no sound). The file is committed, so neither `make run` nor the tests need this script
or its encoder; run it only to change the film:

    pip install av && python home/demo/make_demo_video.py
"""

from fractions import Fraction
from pathlib import Path

import av  # PyAV is not a project dependency: only this script uses it.
from PIL import Image, ImageDraw

WIDTH, HEIGHT, FPS, SECONDS = 640, 360, 12, 8
INK, SIGNAL, CALM, HIGHLIGHT, NEUTRAL = (
    (22, 33, 62),
    (194, 65, 12),
    (15, 107, 99),
    (255, 209, 102),
    (243, 239, 231),
)
OUTPUT = Path(__file__).with_name("media") / "introduction.webm"


def frame(number):
    """Beams stack up one by one under a rising sun: a team building something."""
    progress = number / (FPS * SECONDS)
    image = Image.new("RGB", (WIDTH, HEIGHT), CALM)
    draw = ImageDraw.Draw(image)
    sun_y = HEIGHT * (0.7 - 0.5 * progress)
    draw.ellipse((WIDTH * 0.62, sun_y, WIDTH * 0.62 + 120, sun_y + 120), fill=HIGHLIGHT)
    beams = int(progress * 6) + 1
    for row in range(beams):
        colour = (INK, SIGNAL, NEUTRAL)[row % 3]
        top = HEIGHT - (row + 1) * 40
        left = 40 + (row % 2) * 60
        draw.rectangle((left, top, left + 380, top + 30), fill=colour)
    return image


def main():
    OUTPUT.parent.mkdir(exist_ok=True)
    with av.open(str(OUTPUT), mode="w", format="webm") as container:
        stream = container.add_stream("libvpx-vp9", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.codec_context.time_base = Fraction(1, FPS)
        stream.options = {"crf": "40", "b:v": "0", "deadline": "good"}
        for number in range(FPS * SECONDS):
            for packet in stream.encode(av.VideoFrame.from_image(frame(number))):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
