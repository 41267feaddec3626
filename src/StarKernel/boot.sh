#!/usr/bin/env bash
# Boots a StarKernel ESP folder under QEMU + OVMF (TCG: no KVM needed) and prints the serial log.
#
# usage: boot.sh [--input FILE | --interactive] [--option TEXT] [--files DIR] [ESP directory] [log file]
#   --input FILE   typed into COM1 once the kernel's serial REPL is ready, then Ctrl-D (end of input);
#                  without it the REPL gets end of input at once
#   --interactive  COM1 is this terminal (QEMU's stdio, with Ctrl-C passed to the kernel); type BYE or Ctrl-D to end
#   --option TEXT  kernel options, read by the test image from QEMU's fw_cfg file opt/starforth/options
#                  (parity-break=NAME: see src/StarKernel/Test/ParityBreak.cs); no commas
#   --files DIR    the files of DIR go into the boot disk's \starforth folder (on a copy of the ESP directory);
#                  the kernel copies them into memory at boot and runs boot.fs, if there is one, before the REPL
#   ESP directory  defaults to bin/Debug/net10.0/ESP next to this script (dotnet build src/StarKernel);
#                  the test image's is bin/Debug/test/net10.0/ESP
#   log file       defaults to <ESP directory>/../serial.log; while QEMU runs, the raw serial output
#                  grows in <log file>.live (removed at the end)
# Environment: BOOT_TIMEOUT (seconds; default 60, none with --interactive), OVMF_FD (default /usr/share/ovmf/OVMF.fd).
#
# The kernel ends the run through QEMU's isa-debug-exit device (port 0xF4): it writes 0x10 (pass)
# or 0x11 (fail: panic, CPU exception, failed self-test), and QEMU exits with (value << 1) | 1,
# i.e. 33 or 35. Exit status: 0 on 33, 1 otherwise (35, 124 = timed out, ...), 2 when a tool is missing.
set -euo pipefail

input=/dev/null
interactive=false
options=""
files=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --input) input="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
        --interactive) interactive=true; shift ;;
        --option) options="${options:+$options }$2"; shift 2 ;;
        --files) files="$(cd "$2" && pwd)"; shift 2 ;;
        *) break ;;
    esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
esp="$(cd "${1:-$here/bin/Debug/net10.0/ESP}" && pwd)"
log="${2:-$(dirname "$esp")/serial.log}"
firmware="${OVMF_FD:-/usr/share/ovmf/OVMF.fd}"

for tool in qemu-system-x86_64 timeout; do
    command -v "$tool" >/dev/null || { echo "boot.sh: $tool not found (apt-get install -y qemu-system-x86)" >&2; exit 2; }
done
[[ -f "$firmware" ]] || { echo "boot.sh: $firmware not found (apt-get install -y ovmf)" >&2; exit 2; }
[[ -f "$esp/EFI/BOOT/BOOTX64.EFI" ]] || { echo "boot.sh: $esp/EFI/BOOT/BOOTX64.EFI not found; build src/StarKernel first" >&2; exit 2; }
[[ -r "$input" ]] || { echo "boot.sh: cannot read $input" >&2; exit 2; }
[[ "$options" != *,* ]] || { echo "boot.sh: --option text cannot contain a comma" >&2; exit 2; }

# The boot disk with the files: a copy of the ESP, so the build output stays as it was built.
staged=""
if [[ -n "$files" ]]; then
    staged="$(mktemp -d)"
    cp -r "$esp"/. "$staged"/
    mkdir -p "$staged/starforth"
    cp "$files"/* "$staged/starforth"/
    esp="$staged"
fi

# At the terminal Ctrl-C must reach the kernel as 0x03 (it stops the running word, -28) instead of ending QEMU.
serial=(-serial stdio)
if $interactive; then
    serial=(-chardev stdio,id=com1,signal=off -serial chardev:com1)
fi

# -nodefaults and -net none skip the empty CD-ROM and PXE boot entries; -no-reboot turns a triple
# fault into an exit. QEMU's fat: driver presents the folder as a FAT disk, so no image is built.
qemu=(qemu-system-x86_64
    -nodefaults -machine q35 -cpu max -m 256M
    -bios "$firmware" -drive "format=raw,file=fat:rw:$esp"
    -device isa-debug-exit,iobase=0xf4,iosize=0x04
    -net none -nographic "${serial[@]}" -monitor none -no-reboot)
if [[ -n "$options" ]]; then
    qemu+=(-fw_cfg "name=opt/starforth/options,string=$options")
fi

if $interactive; then
    # QEMU reads this terminal, so it must stay in the terminal's foreground process group: plain `timeout` would
    # move it out and the terminal would stop it (state T). A person at the REPL gets no time limit unless asked.
    if [[ -n "${BOOT_TIMEOUT:-}" ]]; then
        qemu=(timeout --foreground "$BOOT_TIMEOUT" "${qemu[@]}")
    fi
    trap '[[ -n "$staged" ]] && rm -rf "$staged" || true' EXIT
    set +e
    "${qemu[@]}"
    qemu_status=$?
    set -e
    echo "boot.sh: qemu exit status $qemu_status (33 = pass, 35 = kernel failure, 124 = timed out)"
    [[ $qemu_status -eq 33 ]]
    exit
fi

raw="$log.live"
rm -f "$raw"
fifo="$(mktemp -u)"
mkfifo "$fifo"
exec 3<>"$fifo"   # held open read-write: QEMU never sees end of file, the kernel sees Ctrl-D
feeder=""
trap 'exec 3>&-; rm -f "$raw" "$fifo"; [[ -n "$staged" ]] && rm -rf "$staged"; [[ -n "$feeder" ]] && kill "$feeder" 2>/dev/null || true' EXIT

timeout "${BOOT_TIMEOUT:-60}" "${qemu[@]}" <&3 >"$raw" 2>&1 &
qemu_pid=$!

# The firmware reads COM1 too (its console takes keystrokes): type only once the kernel owns the port.
(
    until grep -q 'StarKernel: serial REPL' "$raw" 2>/dev/null; do
        kill -0 "$qemu_pid" 2>/dev/null || exit 0
        sleep 0.05
    done
    cat "$input" >&3
    printf '\004' >&3
) &
feeder=$!

set +e
wait "$qemu_pid"
qemu_status=$?
set -e

# OVMF's console adds CRLF and ANSI escape sequences; keep plain lines.
sed -e 's/\r//g' -e 's/\x1b\[[0-9;?=]*[A-Za-z]//g' -e 's/\x1b[()][A-Z0-9]//g' "$raw" >"$log"
cat "$log"
echo "boot.sh: qemu exit status $qemu_status (33 = pass, 35 = kernel failure, 124 = timed out); log: $log"
[[ $qemu_status -eq 33 ]]
