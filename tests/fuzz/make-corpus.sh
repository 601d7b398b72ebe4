#!/usr/bin/env bash
# Regenerates the seed corpora in tests/fuzz/corpus/<target>/ from tests/data/configs/*.json.
# fuzz_jsonparser and fuzz_configlint take the files as they are; fuzz_configeditor gets each file
# behind its 6-byte header (see fuzz_configeditor.cpp) three times, for three different edits.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fuzz/corpus
rm -rf "$out"
mkdir -p "$out/fuzz_jsonparser" "$out/fuzz_configlint" "$out/fuzz_configeditor"
i=0
for f in tests/data/configs/*.json; do
  name=$(basename "$f" .json)
  cp "$f" "$out/fuzz_jsonparser/$name.json"
  cp "$f" "$out/fuzz_configlint/$name.json"
  for v in 0 1 2; do
    op=$(( (i * 3 + v) % 11 ))
    # header: edit, index a, index b, bits, address, UrlChange parts
    printf "\\x$(printf %02x $op)\\x$(printf %02x $v)\\x$(printf %02x $((v + 1)))\\x$(printf %02x $((i * 37 % 256)))\\x$(printf %02x $((i + v)))\\x$(printf %02x $((i * 5 + v)))" \
      >"$out/fuzz_configeditor/$name-$v.bin"
    cat "$f" >>"$out/fuzz_configeditor/$name-$v.bin"
  done
  i=$((i + 1))
done

# The network readers (fuzz_kurento, fuzz_winrm, fuzz_ntlm): each seed is the target's header
# bytes (see the comment at the top of each target) and then what a server sends: the replies
# recorded from a real Kurento in tests/data/kms-transcripts (recv_raw) as WebSocket frames; SOAP
# answers, encrypted bodies and HTTP responses as Windows Server 2022 writes them (the shapes of
# tests/winrm); the [MS-NLMP] 4.2.4.3 CHALLENGE and sealed messages.
python3 - "$out" <<'PY'
import glob, json, os, struct, sys

out = sys.argv[1]

def write(target, name, data):
    os.makedirs(os.path.join(out, target), exist_ok=True)
    with open(os.path.join(out, target, name), "wb") as f:
        f.write(data)

def frame(opcode, payload, fin=True):
    head = bytes([(0x80 if fin else 0) | opcode])
    n = len(payload)
    if n < 126:
        head += bytes([n])
    elif n <= 0xFFFF:
        head += bytes([126]) + struct.pack(">H", n)
    else:
        head += bytes([127]) + struct.pack(">Q", n)
    return head + payload

# fuzz_kurento: parameter byte (limit 64 << (b & 7), pieces of 1 + (b >> 3) bytes), then frames.
for path in sorted(glob.glob("tests/data/kms-transcripts/*.jsonl")):
    name = os.path.basename(path)[:-6]
    replies = []
    for line in open(path, encoding="utf-8"):
        replies += [r.encode() for r in json.loads(line).get("recv_raw") or []]
    replies = [r for r in replies if len(r) <= 1500][:6]
    if not replies:
        continue
    stream = b"".join(frame(0x1, r) for r in replies)
    write("fuzz_kurento", name + "-whole", bytes([7 | (15 << 3)]) + stream)
    # The first reply in three fragments with a PING between them, then a close.
    first = replies[0]
    a, b = len(first) // 3, 2 * len(first) // 3
    stream = (frame(0x1, first[:a], False) + frame(0x9, b"ping") + frame(0x0, first[a:b], False)
              + frame(0x0, first[b:]) + frame(0xA, b"") + frame(0x8, struct.pack(">H", 1001) + b"going away"))
    write("fuzz_kurento", name + "-fragments", bytes([5 | (2 << 3)]) + stream)
write("fuzz_kurento", "lengths", bytes([7]) + frame(0x2, b"\0" * 200) + b"\x82\x7f" + struct.pack(">Q", 3) + b"abc"
      + frame(0x8, b""))
write("fuzz_kurento", "too-large", bytes([0]) + frame(0x1, b"x" * 100))
write("fuzz_kurento", "bad-utf8", bytes([3]) + frame(0x1, b"\xed\xa0\x80") + frame(0x8, b"\x03\xe8\xc3"))
write("fuzz_kurento", "compact-pong-session", bytes([4 | (31 << 3)]) + frame(0x1,
      b'{"id":42,"jsonrpc":"2.0","result":{"sessionId":"4f2a-b3","value":"pong"}}')
      + frame(0x1, b'{"jsonrpc":"2.0","id":1e300,"result":{}}') + frame(0x1, b'{"id":null,"jsonrpc":"2.0","error":{"code":-1,"message":"x"}}'))

# fuzz_winrm: reader byte (0 SOAP, 1 encrypted body, 2 encrypt + damage, 3 HTTP), parameter byte.
S = 'xmlns:s="http://www.w3.org/2003/05/soap-envelope"'
RSP = 'xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell"'
fault = ('<s:Envelope ' + S + ' xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing"><s:Header><a:Action>'
         'http://schemas.dmtf.org/wbem/wsman/1/wsman/fault</a:Action></s:Header><s:Body><s:Fault><s:Code><s:Value>'
         's:Receiver</s:Value><s:Subcode><s:Value>w:TimedOut</s:Value></s:Subcode></s:Code><s:Reason><s:Text '
         'xml:lang="en-US">The WS-Management service cannot complete the operation within the time specified in '
         'OperationTimeout.  </s:Text></s:Reason><s:Detail><f:WSManFault '
         'xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="2150858793" '
         'Machine="server2022.domain.test"><f:Message>The WS-Management service cannot complete the operation '
         'within the time specified in OperationTimeout.  </f:Message></f:WSManFault></s:Detail></s:Fault></s:Body>'
         '</s:Envelope>').encode()
receive = ('<s:Envelope ' + S + ' ' + RSP + '><s:Body><rsp:ReceiveResponse>'
           '<rsp:Stream CommandId="C" Name="stdout">DQpXaW5kb3dzIElQIENvbmZpZ3VyYXRpb24NCg0K</rsp:Stream>'
           '<rsp:Stream CommandId="C" Name="stderr">ZXJy</rsp:Stream>'
           '<rsp:Stream CommandId="C" End="true" Name="stdout"/><rsp:CommandState CommandId="C" '
           'State="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Done">'
           '<rsp:ExitCode>4294967295</rsp:ExitCode></rsp:CommandState></rsp:ReceiveResponse></s:Body></s:Envelope>').encode()
shell = ('<s:Envelope ' + S + ' ' + RSP + ' xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" '
         'xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing"><s:Header><a:RelatesTo>uuid:1</a:RelatesTo>'
         '</s:Header><s:Body><x:ResourceCreated xmlns:x="http://schemas.xmlsoap.org/ws/2004/09/transfer">'
         '<w:SelectorSet><w:Selector Name="ShellId">2A6F-11</w:Selector></w:SelectorSet></x:ResourceCreated>'
         '<rsp:CommandResponse><rsp:CommandId>C-1</rsp:CommandId></rsp:CommandResponse></s:Body></s:Envelope>').encode()
clixml = (b'#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">'
          b'<S S="Error">Get-Service : Cannot find any service_x000D__x000A_</S><S S="Error">line 2_x000A_</S></Objs>')
for i, body in enumerate([fault, receive, shell, clixml]):
    write("fuzz_winrm", "soap-%d" % i, bytes([0, 0]) + body)
    write("fuzz_winrm", "sealed-%d" % i, bytes([2, 37 * i + 5]) + body)
boundary = b"--Encrypted Boundary\r\n"
encrypted = (boundary + b"\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
             b"\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=5\r\n" + boundary
             + b"\tContent-Type: application/octet-stream\r\n" + struct.pack("<I", 16) + b"\1\0\0\0" + b"\0" * 12
             + b"hello" + b"--Encrypted Boundary--\r\n")
write("fuzz_winrm", "encrypted", bytes([1, 0]) + encrypted)
for i, response in enumerate([
        b"HTTP/1.1 200 \r\nContent-Type: application/soap+xml;charset=UTF-8\r\nServer: Microsoft-HTTPAPI/2.0\r\n"
        b"Content-Length: " + str(len(receive)).encode() + b"\r\n\r\n" + receive,
        b"HTTP/1.1 401 \r\nServer: Microsoft-HTTPAPI/2.0\r\nWWW-Authenticate: Negotiate TlRMTVNTUAACAAAA\r\n"
        b"Content-Length: 0\r\n\r\n",
        b"HTTP/1.1 500 \r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n1a;x=y\r\n" + fault[:26]
        + b"\r\n5\r\n" + fault[26:31] + b"\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Type: " + b'multipart/encrypted;protocol="application/HTTP-SPNEGO-session-encrypted"'
        b';boundary="Encrypted Boundary"\r\nContent-Length: ' + str(len(encrypted)).encode() + b"\r\n\r\n" + encrypted]):
    write("fuzz_winrm", "http-%d" % i, bytes([3, 0]) + response)
# A finding (tst_winrmsoap httpResponseRejectsBadChunkEnd): chunk data not followed by CRLF.
write("fuzz_winrm", "http-bad-chunk-end", bytes([3, 0]) + b"HTTP/1.1 500 \r\nTransfer-Encoding: chunked\r\n"
      b"Connection: close\r\n\r\n1a;x=y\r\n" + fault[:26] + b"\x8d\n5\r\n//www\r\n0\r\n\r\n")

# fuzz_ntlm: reader byte (0 CHALLENGE, 1 AV pairs, 2 sealed), parameter byte.
challenge = bytes.fromhex("4e544c4d53535000020000000c000c003800000033828ae20123456789abcdef"
                          "00000000000000002400240044000000060070170000000f5300650072007600"
                          "6500720002000c0044006f006d00610069006e0001000c005300650072007600"
                          "6500720000000000")
def av(pairs):
    return b"".join(struct.pack("<HH", i, len(v)) + v for i, v in pairs) + b"\0\0\0\0"
info = av([(2, "DOMAIN".encode("utf-16-le")), (1, "SERVER".encode("utf-16-le")),
           (4, "domain.test".encode("utf-16-le")), (3, "server.domain.test".encode("utf-16-le")),
           (6, struct.pack("<I", 1)), (7, b"\x01" * 8)])
# As Windows sends it: no target name, the AV pairs after the VERSION field.
windows = (challenge[:12] + struct.pack("<HHI", 0, 0, 56) + challenge[20:40]
           + struct.pack("<HHI", len(info), len(info), 56) + bytes.fromhex("0a007c4f0000000f") + info)
# OEM (Latin-1) target name, no TargetInfoFields.
oem = (challenge[:12] + struct.pack("<HHI", 4, 4, 40) + struct.pack("<I", 0x00028202) + challenge[24:32]
       + b"\0" * 8 + b"NAMEX")
for name, message in [("challenge-v2", challenge), ("challenge-windows", windows), ("challenge-oem", oem)]:
    write("fuzz_ntlm", name, bytes([0, 0]) + message)
write("fuzz_ntlm", "avpairs", bytes([1, 0]) + info)
for p in range(4):
    write("fuzz_ntlm", "sealed-%d" % p, bytes([2, p]) + b"\1\0\0\0" + b"\0" * 12 + receive[:200])
PY
