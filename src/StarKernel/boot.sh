#!/usr/bin/env bash
# Boots a StarKernel ESP folder under QEMU + OVMF (TCG: no KVM needed) and prints the serial log.
#
# usage: boot.sh [ESP directory] [log file]
#   ESP directory  defaults to bin/Debug/net10.0/ESP next to this script (dotnet build src/StarKernel)
#   log file       defaults to <ESP directory>/../serial.log
# Environment: BOOT_TIMEOUT (seconds, default 60), OVMF_FD (default /usr/share/ovmf/OVMF.fd).
# Exit status: 0 when the log contains "StarKernel: halt", 1 otherwise.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
esp="$(cd "${1:-$here/bin/Debug/net10.0/ESP}" && pwd)"
log="${2:-$(dirname "$esp")/serial.log}"
firmware="${OVMF_FD:-/usr/share/ovmf/OVMF.fd}"

for tool in qemu-system-x86_64 timeout; do
    command -v "$tool" >/dev/null || { echo "boot.sh: $tool not found (apt-get install -y qemu-system-x86)" >&2; exit 2; }
done
[[ -f "$firmware" ]] || { echo "boot.sh: $firmware not found (apt-get install -y ovmf)" >&2; exit 2; }
[[ -f "$esp/EFI/BOOT/BOOTX64.EFI" ]] || { echo "boot.sh: $esp/EFI/BOOT/BOOTX64.EFI not found; build src/StarKernel first" >&2; exit 2; }

# -nodefaults and -net none skip the empty CD-ROM and PXE boot entries; -no-reboot turns a triple
# fault into an exit. QEMU's fat: driver presents the folder as a FAT disk, so no image is built.
raw="$(mktemp)"
trap 'rm -f "$raw"' EXIT
set +e
timeout "${BOOT_TIMEOUT:-60}" qemu-system-x86_64 \
    -nodefaults -machine q35 -cpu max -m 256M \
    -bios "$firmware" -drive "format=raw,file=fat:rw:$esp" \
    -net none -nographic -serial stdio -monitor none -no-reboot </dev/null >"$raw" 2>&1
qemu_status=$?
set -e

# OVMF's console adds CRLF and ANSI escape sequences; keep plain lines.
sed -e 's/\r//g' -e 's/\x1b\[[0-9;?=]*[A-Za-z]//g' -e 's/\x1b[()][A-Z0-9]//g' "$raw" >"$log"
cat "$log"
echo "boot.sh: qemu exit status $qemu_status (124 = timed out); log: $log"
grep -q '^StarKernel: halt' "$log"
