#!/bin/sh
# Install, update or remove assist_desk on a Debian/Ubuntu help-point computer.
#
#   sudo ./setup/linux/install.sh                 # workstation: app, menu entry, site file
#   sudo ./setup/linux/install.sh --kiosk         # + the kiosk session at boot (cage)
#   sudo ./setup/linux/install.sh --uninstall     # remove the app (keeps the site file, data)
#   sudo ./setup/linux/install.sh --uninstall --purge   # remove everything, kiosk account too
#
# Run it from the unpacked bundle (assist-desk/setup/linux/install.sh). Running it
# again from a newer bundle updates the application and keeps the configuration.
# Options:
#   --kiosk         also install the kiosk session (account "assist-kiosk", cage)
#   --site FILE     install FILE as the site configuration /etc/assist-desk/site.toml
#   --no-deps       do not install Debian packages (offline machine, done by hand)
#   --root DIR      install under DIR instead of / (to prepare an image, or to test):
#                   implies --no-deps and skips accounts and systemd
set -eu

KIOSK_USER=assist-kiosk
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=$(cd "$HERE/../.." && pwd)
ROOT=""
KIOSK=0
UNINSTALL=0
PURGE=0
DEPS=1
SITE=""

say() { printf 'assist-desk install: %s\n' "$*"; }
fail() { printf 'assist-desk install: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --kiosk) KIOSK=1 ;;
        --uninstall) UNINSTALL=1 ;;
        --purge) PURGE=1 ;;
        --no-deps) DEPS=0 ;;
        --site) shift; [ $# -gt 0 ] || fail "--site needs a file"; SITE=$1 ;;
        --root) shift; [ $# -gt 0 ] || fail "--root needs a folder"; ROOT=$(cd "$1" && pwd); DEPS=0 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
    shift
done

SYSTEM=1
[ -z "$ROOT" ] || SYSTEM=0
if [ "$SYSTEM" = 1 ] && [ "$(id -u)" != 0 ]; then
    fail "run me as root: sudo $0 $*"
fi

OPT="$ROOT/opt/assist-desk"
BIN="$ROOT/usr/local/bin/assist-desk"
LIBEXEC="$ROOT/usr/local/libexec"
SBIN="$ROOT/usr/local/sbin"
APPS="$ROOT/usr/local/share/applications"
ICONS="$ROOT/usr/local/share/icons/hicolor"
DOC="$ROOT/usr/local/share/doc/assist-desk"
ETC="$ROOT/etc/assist-desk"
UNIT="$ROOT/etc/systemd/system/assist-desk-kiosk.service"
KIOSK_FILES="$UNIT $ROOT/etc/pam.d/assist-desk-kiosk $ROOT/etc/default/assist-desk-kiosk
$ROOT/etc/systemd/logind.conf.d/assist-desk.conf $ROOT/etc/systemd/sleep.conf.d/assist-desk.conf
$ROOT/etc/systemd/system/assist-desk-poweroff.service $ROOT/etc/systemd/system/assist-desk-poweroff.timer
$ROOT/etc/sysctl.d/90-assist-desk-kiosk.conf $ROOT/etc/systemd/system.conf.d/assist-desk.conf
$LIBEXEC/assist-desk-kiosk-session $LIBEXEC/assist-desk-kiosk-supervisor
$LIBEXEC/assist-desk-kiosk-keyring $SBIN/assist-desk-kiosk-pin"
# Masked on a kiosk (links to /dev/null, as `systemctl mask` makes them): the
# Ctrl+Alt+Del reboot and the login prompts of the other virtual consoles.
KIOSK_MASKS="ctrl-alt-del.target getty@tty2.service getty@tty3.service getty@tty4.service
getty@tty5.service getty@tty6.service autovt@tty2.service autovt@tty3.service
autovt@tty4.service autovt@tty5.service autovt@tty6.service"

systemd_do() {
    [ "$SYSTEM" = 1 ] && command -v systemctl >/dev/null 2>&1 && systemctl "$@" || true
}

# Libraries the bundle takes from the system (graphics, X11/Wayland, fonts with
# Arabic glyphs), and for the kiosk: cage, a D-Bus session, the Secret Service.
RUNTIME_PACKAGES="libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
libwayland-client0 libwayland-cursor0 libwayland-egl1 libxcb1 libxcb-cursor0 libxcb-icccm4
libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1
libx11-xcb1 fonts-dejavu-core fonts-noto-core gnome-keyring"
KIOSK_PACKAGES="cage xwayland dbus-user-session kbd"  # Debian's cage needs Xwayland to start

uninstall() {
    if [ "$SYSTEM" = 1 ]; then
        systemd_do disable --now assist-desk-kiosk.service assist-desk-poweroff.timer
    fi
    for file in $KIOSK_FILES; do rm -f "$file"; done
    for unit in $KIOSK_MASKS; do
        link="$ROOT/etc/systemd/system/$unit"
        if [ "$(readlink "$link" 2>/dev/null)" = /dev/null ]; then rm -f "$link"; fi
    done
    rm -rf "$OPT" "$DOC"
    rm -f "$BIN" "$APPS/assist-desk.desktop" "$ICONS/scalable/apps/assist-desk.svg" \
        "$ICONS/256x256/apps/assist-desk.png"
    systemd_do daemon-reload
    if [ "$PURGE" = 1 ]; then
        rm -rf "$ETC"
        if [ "$SYSTEM" = 1 ] && id "$KIOSK_USER" >/dev/null 2>&1; then
            # Its home holds the anonymous log, the training portal's fictitious
            # accounts and the keyring with the PIN hash: all go.
            userdel --remove "$KIOSK_USER" 2>/dev/null || true
        fi
        say "removed, with the site configuration and the kiosk account"
    else
        say "removed; kept the site configuration ($ETC) and the accounts' data"
    fi
}

if [ "$UNINSTALL" = 1 ]; then
    uninstall
    exit 0
fi

[ -x "$BUNDLE/assist-desk" ] || fail "no bundle next to me: expected $BUNDLE/assist-desk"

if [ "$DEPS" = 1 ] && command -v apt-get >/dev/null 2>&1; then
    packages=$RUNTIME_PACKAGES
    [ "$KIOSK" = 0 ] || packages="$packages $KIOSK_PACKAGES"
    say "installing Debian packages: $(echo $packages | tr '\n' ' ')"
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages
fi

# The application: a fresh copy beside the old one, then swapped in.
say "copying the application to $OPT"
mkdir -p "$(dirname "$OPT")"
rm -rf "$OPT.new"
cp -a "$BUNDLE" "$OPT.new"
rm -rf "$OPT.old"
[ ! -e "$OPT" ] || mv "$OPT" "$OPT.old"
mv "$OPT.new" "$OPT"
rm -rf "$OPT.old"

# The command: a small wrapper that uses the machine's site file when the
# account has none of its own.
mkdir -p "$(dirname "$BIN")"
cat > "$BIN" <<EOF
#!/bin/sh
# assist_desk launcher (installed by setup/linux/install.sh).
if [ -z "\${ASSIST_DESK_CONFIG:-}" ] && [ -f /etc/assist-desk/site.toml ] &&
   [ ! -f "\${XDG_CONFIG_HOME:-\$HOME/.config}/assist-desk/site.toml" ]; then
    export ASSIST_DESK_CONFIG=/etc/assist-desk/site.toml
fi
exec /opt/assist-desk/assist-desk "\$@"
EOF
chmod 755 "$BIN"

mkdir -p "$APPS" "$ICONS/scalable/apps" "$ICONS/256x256/apps" "$DOC"
sed 's|^Exec=.*|Exec=/usr/local/bin/assist-desk|' "$HERE/assist-desk.desktop" > "$APPS/assist-desk.desktop"
cp "$HERE/assist-desk.svg" "$ICONS/scalable/apps/assist-desk.svg"
cp "$HERE/assist-desk.png" "$ICONS/256x256/apps/assist-desk.png"
cp "$BUNDLE/setup/README.md" "$BUNDLE/setup/CHANGELOG.md" "$DOC/" 2>/dev/null || true

mkdir -p "$ETC"
cp "$BUNDLE/setup/site.toml" "$ETC/site.toml.example"
if [ -n "$SITE" ]; then
    install -m 644 "$SITE" "$ETC/site.toml"
    say "site configuration: $ETC/site.toml (from $SITE)"
elif [ ! -f "$ETC/site.toml" ]; then
    cp "$BUNDLE/setup/site.toml" "$ETC/site.toml"
    say "site configuration: $ETC/site.toml (the template: edit it)"
else
    say "site configuration kept: $ETC/site.toml (new template: site.toml.example)"
fi
chmod 644 "$ETC/site.toml"

if [ "$KIOSK" = 1 ]; then
    K="$HERE/kiosk"
    mkdir -p "$ROOT/etc/systemd/system" "$ROOT/etc/pam.d" "$ROOT/etc/default" \
        "$ROOT/etc/systemd/logind.conf.d" "$ROOT/etc/systemd/sleep.conf.d" \
        "$ROOT/etc/systemd/system.conf.d" "$ROOT/etc/sysctl.d" "$LIBEXEC" "$SBIN"
    install -m 644 "$K/assist-desk-kiosk.service" "$UNIT"
    install -m 644 "$K/assist-desk-poweroff.service" "$K/assist-desk-poweroff.timer" \
        "$ROOT/etc/systemd/system/"
    install -m 644 "$K/pam-assist-desk-kiosk" "$ROOT/etc/pam.d/assist-desk-kiosk"
    [ -f "$ROOT/etc/default/assist-desk-kiosk" ] ||
        install -m 644 "$K/assist-desk-kiosk.default" "$ROOT/etc/default/assist-desk-kiosk"
    install -m 644 "$K/logind-assist-desk.conf" "$ROOT/etc/systemd/logind.conf.d/assist-desk.conf"
    install -m 644 "$K/sleep-assist-desk.conf" "$ROOT/etc/systemd/sleep.conf.d/assist-desk.conf"
    install -m 755 "$K/assist-desk-kiosk-session" "$LIBEXEC/assist-desk-kiosk-session"
    install -m 755 "$K/assist-desk-kiosk-supervisor" "$LIBEXEC/assist-desk-kiosk-supervisor"
    install -m 644 "$K/sysctl-assist-desk.conf" "$ROOT/etc/sysctl.d/90-assist-desk-kiosk.conf"
    install -m 644 "$K/system-assist-desk.conf" "$ROOT/etc/systemd/system.conf.d/assist-desk.conf"
    for unit in $KIOSK_MASKS; do
        ln -sfn /dev/null "$ROOT/etc/systemd/system/$unit"
    done
    install -m 644 "$K/assist-desk-kiosk-keyring" "$LIBEXEC/assist-desk-kiosk-keyring"
    install -m 755 "$K/assist-desk-kiosk-pin" "$SBIN/assist-desk-kiosk-pin"
    if [ "$SYSTEM" = 1 ]; then
        if ! id "$KIOSK_USER" >/dev/null 2>&1; then
            # No password at all (locked): nobody can log in as it; only the
            # kiosk service opens its session.
            useradd --create-home --user-group --shell /bin/sh \
                --comment "assist_desk kiosk" "$KIOSK_USER"
            passwd --lock "$KIOSK_USER" >/dev/null
            say "created the password-less kiosk account $KIOSK_USER"
        fi
        for group in video input render; do
            getent group "$group" >/dev/null && usermod -a -G "$group" "$KIOSK_USER" || true
        done
        systemd_do mask sleep.target suspend.target hibernate.target hybrid-sleep.target
        sysctl -q -p "$ROOT/etc/sysctl.d/90-assist-desk-kiosk.conf" || true
        systemd_do daemon-reload
        systemd_do daemon-reexec  # reads system.conf.d (Ctrl+Alt+Del burst)
        systemd_do set-default graphical.target
        systemd_do enable assist-desk-kiosk.service
        if systemctl is-enabled display-manager.service >/dev/null 2>&1; then
            say "WARNING: a desktop login screen (display manager) is enabled; it competes"
            say "         with the kiosk for the screen: sudo systemctl disable display-manager"
        fi
        if systemctl is-active --quiet assist-desk-kiosk.service; then
            systemd_do restart assist-desk-kiosk.service
            say "kiosk session restarted with the new version"
        else
            say "kiosk session enabled: it starts at the next boot (or: systemctl start assist-desk-kiosk)"
        fi
        say "set the mediator PIN of the kiosk: sudo assist-desk-kiosk-pin"
    fi
fi

say "installed $("$OPT/assist-desk" --version 2>/dev/null || echo 'assist-desk')"
