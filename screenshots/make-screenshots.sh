#!/usr/bin/env bash
# Regenerates screenshots/*.png from a real `ente-tui demo` run: the published binary in a
# detached tmux session (80x24 and 120x40), driven by keys; each screen is captured with
# `tmux capture-pane -e -p` (ANSI), turned into HTML by ansi2html.py and photographed by
# headless Chromium. Installs tmux, Chromium and fonts from Debian when they are missing.
set -uo pipefail
cd "$(dirname "$0")/.."
out=screenshots

need=()
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v python3 >/dev/null 2>&1 || need+=(python3)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || need+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi "Noto Color Emoji" || need+=(fonts-noto-color-emoji)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}..."
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null || { echo "could not install ${need[*]}"; exit 1; }
fi

work=$(mktemp -d -t ente-tui-shots-XXXXXX)
session="ente-tui-shots-$$"
data=""
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work" ${data:+"$data"}' EXIT

app=${ENTE_TUI_PUBLISHED:-$work/app}   # ENTE_TUI_PUBLISHED=DIR reuses an earlier `dotnet publish`
if [ ! -e "$app/ente-tui.dll" ]; then
  echo "publishing..."
  dotnet publish src/EnteTui -c Release -o "$app" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log"; exit 1; }
fi

screen() { tmux capture-pane -p -t "$session"; }

wait_for() {
  local text=$1 limit=${2:-60} waited=0
  while ! screen | grep -qF -- "$text"; do
    sleep 0.25
    waited=$((waited + 1))
    if [ "$waited" -ge $((limit * 4)) ]; then
      echo "timed out waiting for \"$text\"; last screen:"; screen; exit 1
    fi
  done
  sleep 0.6   # let the frame settle (the UI samples progress every 250 ms)
}

keys() { tmux send-keys -t "$session" "$@"; sleep 0.5; }

# shot NAME: the current pane as $out/NAME-COLSxROWS.png
shot() {
  local name=$1 file="$out/$1-${cols}x${rows}.png"
  tmux capture-pane -e -p -t "$session" >"$work/$name.ansi"
  python3 "$out/ansi2html.py" "$cols" "$rows" <"$work/$name.ansi" >"$work/$name.html"
  # 16 px DejaVu Sans Mono: 9.63 px a column, 20 px a row, 10 px padding.
  local width=$(( (cols * 963 + 99) / 100 + 20 )) height=$(( rows * 20 + 20 ))
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$width,$height" --screenshot="$file" "file://$work/$name.html" >/dev/null 2>&1 \
    || { echo "chromium failed for $file"; exit 1; }
  echo "  $file"
}

run_size() {
  cols=$1 rows=$2
  echo "${cols}x${rows}:"
  tmux kill-session -t "$session" 2>/dev/null
  data=$(mktemp -d /tmp/ente-demo.XXXX)   # short: the export path shows on screen
  # Slow answers (--latency) so the progress screens are caught mid-run.
  tmux new-session -d -s "$session" -x "$cols" -y "$rows" \
    "env -u DisableRealDriverIO dotnet '$app/ente-tui.dll' demo --latency 700 --data '$data'; sleep 600"

  wait_for "Holiday 2023" 180
  wait_for "never"
  local url; url="http://$(screen | grep -oE '127\.0\.0\.1:[0-9]+' | head -1)"
  shot albums
  keys '/'
  keys o l
  wait_for "match"
  shot albums-filter
  keys Escape
  keys Escape
  keys o
  wait_for "Export options"
  shot albums-options
  keys Escape
  keys '?'
  wait_for "Mark or unmark"
  shot help
  keys Escape

  keys a
  keys Enter
  wait_for "files ·" 120
  wait_for "━" 120
  sleep 2
  shot export-progress
  wait_for "Run again" 300
  shot export-summary
  keys Enter
  wait_for "Enter Export"

  keys t
  wait_for "takeout-20240712T112341Z-003.zip"
  shot takeout-parts
  keys Enter
  wait_for "Pairs by rule" 120
  shot takeout-summary
  keys Enter
  wait_for "DSC_0001.jpeg.json"
  shot takeout-resolve
  keys 1
  keys Down
  keys f
  wait_for "2 decided"
  keys Enter
  wait_for "Enter starts the upload"
  shot takeout-target
  keys Enter
  wait_for "files ·" 120
  sleep 1.5
  shot takeout-upload
  wait_for "Enter Done" 300
  shot takeout-done
  keys Enter
  wait_for "Enter Export"
  keys q
  wait_for "t Takeout"
  shot accounts

  keys a
  wait_for "Log in to Ente"
  shot login
  keys Up
  keys Space
  keys "$url"
  keys Down
  keys "2fa@ente.local"
  keys Down
  keys demo
  keys Enter
  wait_for "Second factor" 60
  shot login-second-factor
  keys a
  wait_for "6-digit code"
  shot login-totp
  tmux kill-session -t "$session"
  rm -rf "$data"
}

run_size 80 24
run_size 120 40
echo "screenshots: done"
