"""A Linux desktop's side of tray notifications, for tests: a StatusNotifierWatcher (which
makes Qt report a system tray) and an ``org.freedesktop.Notifications`` server that logs
each notification and then "clicks" it, as a person clicking the bubble would make a real
server send ``ActionInvoked(id, "default")``. First a click on another program's
notification (an id that is not the app's), then on the app's.

Run it on a session bus of its own (``dbus-run-session``); it prints what it receives.
"""

from __future__ import annotations

import json
import time

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NOTIFICATIONS = DBusAddress(
    "/org/freedesktop/Notifications", interface="org.freedesktop.Notifications"
)


def main() -> None:
    conn = open_dbus_connection(bus="SESSION")
    for name in ("org.kde.StatusNotifierWatcher", "org.freedesktop.Notifications"):
        conn.send_and_get_reply(message_bus.RequestName(name))
    print("READY", flush=True)
    given = 0
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        if member == "Notify":
            given += 1
            app, _, _, summary, body, actions, hints, _ = msg.body
            print(
                "NOTIFY "
                + json.dumps(
                    {
                        "app": app,
                        "summary": summary,
                        "body": body,
                        "actions": actions,
                        "hints": sorted(hints),
                    }
                ),
                flush=True,
            )
            conn.send(new_method_return(msg, "u", (given,)))
            for clicked in (given + 1000, given):  # someone else's bubble, then the app's
                time.sleep(0.3)
                conn.send(new_signal(NOTIFICATIONS, "ActionInvoked", "us", (clicked, "default")))
        elif member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("fake", "tests", "1", "1.2")))
        elif member == "Get" and msg.body[1] == "IsStatusNotifierHostRegistered":
            conn.send(new_method_return(msg, "v", (("b", True),)))
        elif member == "Get":
            conn.send(new_method_return(msg, "v", (("i", 0),)))
        else:
            conn.send(new_method_return(msg, "", ()))


if __name__ == "__main__":
    main()
