"""systemd's notify protocol, so that the unit's watchdog restarts an agent whose loop has stopped turning.

A datagram to $NOTIFY_SOCKET (the address comes from Settings; only config.py reads the environment).
Outside systemd the address is empty and nothing is sent.
"""

from __future__ import annotations

import socket


def notify(address: str, message: str) -> bool:
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError:  # systemd has gone or the socket is not ours: the watchdog will say so, not this
        return False
    return True
