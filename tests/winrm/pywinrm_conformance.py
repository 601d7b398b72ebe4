#!/usr/bin/env python3
"""Conformance check of tools/winrm-sim with Debian's python3-winrm (pywinrm 0.3.0).

Drives the simulator over HTTP with NTLM and message encryption (pywinrm's default for the 'ntlm'
transport on http), runs cmd commands and PowerShell scripts and checks stdout and exit codes; also
checks the w:TimedOut receive loop, a wrong password, and that unencrypted messages are refused.

    pywinrm_conformance.py http://127.0.0.31:PORT/wsman USER PASSWORD HOSTNAME

Debian 12's OpenSSL 3 keeps MD4 (NTLM's NT hash) in the legacy provider; when OPENSSL_CONF is not
set this script writes a configuration that activates 'default' and 'legacy' and runs itself again
(winrm.md section 10, gotcha 1). Prints 'pywinrm checks: passed N, failed N' and exits non-zero on a failure.
"""
import os
import sys
import tempfile

OPENSSL_CONF = """openssl_conf = openssl_init
[openssl_init]
providers = provider_sect
[provider_sect]
default = default_sect
legacy = legacy_sect
[default_sect]
activate = 1
[legacy_sect]
activate = 1
"""

if not os.environ.get("OPENSSL_CONF"):
    fd, path = tempfile.mkstemp(prefix="ucmc-openssl-", suffix=".cnf")
    with os.fdopen(fd, "w") as f:
        f.write(OPENSSL_CONF)
    env = dict(os.environ, OPENSSL_CONF=path, UCMC_REMOVE_OPENSSL_CONF=path)
    os.execve(sys.executable, [sys.executable] + sys.argv, env)

import base64  # noqa: E402  (after the re-exec on purpose)

import winrm  # noqa: E402
from winrm.exceptions import InvalidCredentialsError, WinRMError, WinRMTransportError  # noqa: E402

passed = 0
failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print("PASS %s" % name)
    else:
        failed += 1
        print("FAIL %s %s" % (name, detail))


def main():
    endpoint, user, password, hostname = sys.argv[1:5]

    # 1. cmd over HTTP + NTLM + message encryption (transport 'ntlm', message_encryption 'auto')
    session = winrm.Session(endpoint, auth=(user, password), transport="ntlm")
    r = session.run_cmd("echo", ["hello from pywinrm"])
    check("cmd echo stdout", r.std_out == b"hello from pywinrm\r\n", repr(r.std_out))
    check("cmd echo exit code", r.status_code == 0, repr(r.status_code))
    r = session.run_cmd("hostname")
    check("cmd hostname", r.std_out.strip() == hostname.encode(), repr(r.std_out))
    r = session.run_cmd("exit", ["/b", "3"])
    check("cmd exit code 3", r.status_code == 3, repr(r.status_code))

    # 2. PowerShell the run_ps way (UTF-16LE base64 -encodedcommand)
    r = session.run_ps("$ProgressPreference = 'SilentlyContinue'\nWrite-Output 'ps ok'\n'second line'")
    check("run_ps stdout", r.std_out == b"ps ok\r\nsecond line\r\n", repr(r.std_out))
    check("run_ps exit code", r.status_code == 0, repr(r.status_code))
    check("run_ps stderr empty", r.std_err == b"", repr(r.std_err))
    r = session.run_ps("Write-Output 'before exit'; exit 7")
    check("run_ps exit code 7", r.status_code == 7 and r.std_out == b"before exit\r\n",
          repr((r.status_code, r.std_out)))

    # 3. A PowerShell error through run_cmd (0.3.0's run_ps cannot clean CLIXML on Python 3)
    encoded = base64.b64encode('Write-Error "Error"'.encode("utf_16_le")).decode("ascii")
    r = session.run_cmd("powershell -encodedcommand %s" % encoded)
    check("Write-Error exit code 1", r.status_code == 1, repr(r.status_code))
    check("Write-Error CLIXML on stderr", r.std_err.startswith(b"#< CLIXML") and b'S="Error"' in r.std_err,
          repr(r.std_err[:80]))

    # 4. Receive loop: w:TimedOut faults while the command runs, then the output
    protocol = winrm.Protocol(endpoint, transport="ntlm", username=user, password=password,
                              operation_timeout_sec=1, read_timeout_sec=3)
    shell = protocol.open_shell()
    encoded = base64.b64encode("Start-Sleep -Seconds 2.5\n'after sleep'".encode("utf_16_le")).decode("ascii")
    command = protocol.run_command(shell, "powershell -encodedcommand %s" % encoded)
    out, err, code = protocol.get_command_output(shell, command)
    protocol.cleanup_command(shell, command)
    protocol.close_shell(shell)
    check("receive after w:TimedOut", out == b"after sleep\r\n" and code == 0, repr((out, code)))

    # 5. Wrong password: 401 after the NTLM exchange
    try:
        winrm.Session(endpoint, auth=(user, password + "-wrong"), transport="ntlm").run_cmd("hostname")
        check("wrong password rejected", False, "no error")
    except InvalidCredentialsError:
        check("wrong password rejected", True)

    # 6. AllowUnencrypted=false: NTLM without message encryption is refused
    try:
        plain = winrm.Protocol(endpoint, transport="ntlm", username=user, password=password,
                               message_encryption="never")
        plain.open_shell()
        check("unencrypted refused", False, "no error")
    except (InvalidCredentialsError, WinRMTransportError, WinRMError):
        check("unencrypted refused", True)

    print("pywinrm checks: passed %d, failed %d" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    try:
        status = main()
    finally:
        conf = os.environ.get("UCMC_REMOVE_OPENSSL_CONF")
        if conf and os.path.exists(conf):
            os.unlink(conf)
    sys.exit(status)
