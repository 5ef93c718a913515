#!/usr/bin/env bash
# tmux smoke test: publishes ente-tui (Release), runs `ente-tui demo` in a detached 80x24 tmux
# session and drives the main flow by keys, asserting the screen text at each step:
# mark albums, export, summary, Takeout wizard, scan, quit. Prints `tui smoke: ok` and exits 0,
# or prints the last screen and exits 1.
set -uo pipefail
cd "$(dirname "$0")/../.."

command -v tmux >/dev/null 2>&1 || { echo "tui smoke: tmux is not installed"; exit 1; }
work=$(mktemp -d -t ente-tui-smoke-XXXXXX)
session="ente-tui-smoke-$$"
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

screen() { tmux capture-pane -p -t "$session" 2>/dev/null; }

fail() {
  echo "tui smoke: FAILED: $1"
  echo "----- last screen -----"
  screen
  echo "-----------------------"
  exit 1
}

# wait_for TEXT [SECONDS]: polls the pane until TEXT appears.
wait_for() {
  local text=$1 limit=${2:-30} waited=0
  while ! screen | grep -qF -- "$text"; do
    sleep 0.5
    waited=$((waited + 1))
    [ "$waited" -ge $((limit * 2)) ] && fail "waited ${limit}s for \"$text\""
  done
}

keys() { tmux send-keys -t "$session" "$@"; sleep 0.4; }

echo "tui smoke: publishing..."
dotnet publish src/EnteTui -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; echo "tui smoke: FAILED: dotnet publish"; exit 1; }

# `env -u`: with DisableRealDriverIO=1 (set for in-process UI tests, possibly inherited from a
# developer's shell) Terminal.Gui reports no terminal even inside tmux.
tmux new-session -d -s "$session" -x 80 -y 24 \
  "env -u DisableRealDriverIO dotnet '$work/app/ente-tui.dll' demo --data '$work/demo'; echo \"EXITED:\$?\"; sleep 600"

# Albums: the sample library, all but the hidden album marked.
wait_for "Holiday 2023" 120
wait_for "Ünïcödé"
keys n
wait_for "0 marked"
keys Space
keys Down Down Space
wait_for "2 marked"

# Export the two marked albums to completion.
keys Enter
wait_for "finished" 120
wait_for "Exported 2 albums"
screen | grep -qF "Family" || fail "the summary does not list Family"
keys Enter
wait_for "just now"

# Help overlay.
keys '?'
wait_for "Mark or unmark the album"
keys Escape

# Takeout wizard: the sample parts are pre-filled; scan them.
keys t
wait_for "takeout-20240712T112341Z-003.zip"
keys Enter
wait_for "2 unmatched" 120
wait_for "Trip to Zürich"

# Leave: back to the albums, then quit.
keys q
for _ in 1 2 3 4; do
  screen | grep -qF "EXITED:" && break
  keys q
  sleep 1
done
wait_for "EXITED:0" 30

exported=$(find "$work/demo/export" -type f -name '*.jpg' | wc -l)
[ "$exported" -ge 7 ] || fail "expected at least 7 exported photos, found $exported"

echo "tui smoke: ok"
