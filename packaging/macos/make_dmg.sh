#!/usr/bin/env bash
# Make the macOS disk image from the .app PyInstaller built; sign and notarise it when
# the secrets are in the environment, and say clearly when they are not.
#
#   packaging/macos/make_dmg.sh [APP] [DMG]
#     APP  default dist/all2all-setup.app  (python packaging/build.py makes it)
#     DMG  default dist/all2all-setup-<version>.dmg
#
# Signing (optional; without it the image works on this Mac, but Gatekeeper blocks it
# on others):
#   MACOS_SIGN_IDENTITY      "Developer ID Application: Name (TEAMID)", in a keychain
#                            codesign can use (the release workflow imports it)
# Notarisation (optional, needs signing), either an App Store Connect API key:
#   MACOS_NOTARY_KEY_FILE    path of the AuthKey_<id>.p8 file
#   MACOS_NOTARY_KEY_ID      the key's id
#   MACOS_NOTARY_ISSUER      the issuer id
# or an Apple ID with an app-specific password:
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
# Secrets are passed to the tools as arguments of this process only, never written
# to a file or printed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app="${1:-$root/dist/all2all-setup.app}"
entitlements="$here/entitlements.plist"

say() { printf 'make_dmg: %s\n' "$*"; }

if [[ ! -d "$app" ]]; then
  say "no app bundle at $app: run python packaging/build.py first" >&2
  exit 2
fi
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
dmg="${2:-$root/dist/all2all-setup-$version.dmg}"
volume="all2all mail setup"

sign() {
  # Hardened runtime (required for notarisation) and a secure timestamp.
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$MACOS_SIGN_IDENTITY" "$@"
}

signed=false
if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  say "signing $app"
  # Inside out: every library and executable first, then the bundle itself.
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q 'Mach-O'; then
      sign "$file"
    fi
  done < <(find "$app/Contents" -type f \( -perm -u+x -o -name '*.dylib' -o -name '*.so' \) -print0)
  sign "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
  signed=true
else
  say "MACOS_SIGN_IDENTITY is not set: the app and the disk image are NOT signed."
  say "They open on this Mac; on others Gatekeeper blocks them. See the comment at the top."
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag-to-install
mkdir -p "$(dirname "$dmg")"
rm -f "$dmg"
hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [[ "$signed" == true ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  if [[ -n "${MACOS_NOTARY_KEY_FILE:-}" && -n "${MACOS_NOTARY_KEY_ID:-}" && -n "${MACOS_NOTARY_ISSUER:-}" ]]; then
    credentials=(--key "$MACOS_NOTARY_KEY_FILE" --key-id "$MACOS_NOTARY_KEY_ID" --issuer "$MACOS_NOTARY_ISSUER")
  elif [[ -n "${MACOS_NOTARY_APPLE_ID:-}" && -n "${MACOS_NOTARY_TEAM_ID:-}" && -n "${MACOS_NOTARY_PASSWORD:-}" ]]; then
    credentials=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD")
  else
    credentials=()
    say "no notarisation credentials (MACOS_NOTARY_*): the image is signed but NOT notarised."
  fi
  if [[ ${#credentials[@]} -gt 0 ]]; then
    say "notarising $dmg (this waits for Apple's answer)"
    xcrun notarytool submit "$dmg" "${credentials[@]}" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
  fi
fi

say "wrote $dmg"
