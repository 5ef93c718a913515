#!/usr/bin/env python3
"""Turns a `tmux capture-pane -e -p` dump (SGR colours: 16, 256 and 24-bit) into a standalone HTML
page that draws the terminal grid exactly: one <span> per run of equal attributes, wide (CJK,
emoji) characters boxed to two cells so columns stay aligned in the browser.

usage: ansi2html.py COLS ROWS < capture.ansi > screen.html
"""
import html
import re
import sys
import unicodedata

FG, BG = "#d7d7d7", "#101412"
BASE16 = ["#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
          "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"]


def color256(n):
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (level, level, level)


def apply_sgr(params, state):
    codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            state.update(fg=None, bg=None, bold=False, dim=False, italic=False, underline=False, reverse=False)
        elif c == 1:
            state["bold"] = True
        elif c == 2:
            state["dim"] = True
        elif c == 3:
            state["italic"] = True
        elif c == 4:
            state["underline"] = True
        elif c == 7:
            state["reverse"] = True
        elif c == 22:
            state["bold"] = state["dim"] = False
        elif c == 23:
            state["italic"] = False
        elif c == 24:
            state["underline"] = False
        elif c == 27:
            state["reverse"] = False
        elif 30 <= c <= 37:
            state["fg"] = BASE16[c - 30]
        elif 90 <= c <= 97:
            state["fg"] = BASE16[c - 90 + 8]
        elif 40 <= c <= 47:
            state["bg"] = BASE16[c - 40]
        elif 100 <= c <= 107:
            state["bg"] = BASE16[c - 100 + 8]
        elif c == 39:
            state["fg"] = None
        elif c == 49:
            state["bg"] = None
        elif c in (38, 48) and i + 1 < len(codes):
            key = "fg" if c == 38 else "bg"
            if codes[i + 1] == 2 and i + 4 < len(codes):
                state[key] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
                i += 4
            elif codes[i + 1] == 5 and i + 2 < len(codes):
                state[key] = color256(codes[i + 2])
                i += 2
        i += 1


def style_of(state):
    fg, bg = state["fg"] or FG, state["bg"] or BG
    if state["reverse"]:
        fg, bg = bg, fg
    parts = ["color:" + fg, "background:" + bg]
    if state["bold"]:
        parts.append("font-weight:bold")
    if state["dim"]:
        parts.append("opacity:0.7")
    if state["italic"]:
        parts.append("font-style:italic")
    if state["underline"]:
        parts.append("text-decoration:underline")
    return ";".join(parts)


def cell_html(ch):
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return '<span class="w">%s</span>' % html.escape(ch), 2
    return html.escape(ch), 1


def convert(text, cols, rows):
    token = re.compile(r"\x1b\[([0-9;]*)([A-Za-z])|\x1b[()][0-9A-Za-z]|([^\x1b])", re.S)
    state = dict(fg=None, bg=None, bold=False, dim=False, italic=False, underline=False, reverse=False)
    out = []
    for line in text.split("\n")[:rows]:
        width, runs, current, buf = 0, [], None, []
        for m in token.finditer(line):
            if m.group(2) == "m":
                apply_sgr(m.group(1), state)
                continue
            ch = m.group(3)
            if ch is None or ch == "\r":
                continue
            style = style_of(state)
            if style != current and buf:
                runs.append((current, "".join(buf)))
                buf = []
            current = style
            piece, w = cell_html(ch)
            buf.append(piece)
            width += w
        if buf:
            runs.append((current, "".join(buf)))
        if width < cols:
            runs.append((style_of(dict(state, fg=None, bg=None, reverse=False)), " " * (cols - width)))
        out.append("".join('<span style="%s">%s</span>' % r for r in runs))
    while len(out) < rows:
        out.append('<span style="background:%s">%s</span>' % (BG, " " * cols))
    return "\n".join(out)


def main():
    cols, rows = int(sys.argv[1]), int(sys.argv[2])
    body = convert(sys.stdin.read(), cols, rows)
    sys.stdout.write("""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html,body{margin:0;background:%s}
pre{margin:0;padding:10px;font:16px/20px "DejaVu Sans Mono",monospace;color:%s;white-space:pre}
.w{display:inline-block;width:2ch;height:20px;line-height:20px;vertical-align:top;overflow:hidden;text-align:center}
</style></head><body><pre>%s</pre></body></html>
""" % (BG, FG, body))


if __name__ == "__main__":
    main()
