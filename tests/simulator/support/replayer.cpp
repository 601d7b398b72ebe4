#include "replayer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace simtest {

bool TranscriptLine::hasSend() const
{
    const OrderedJson *send = json.member(QStringLiteral("send"));
    return send && !send->isNull();
}

QList<TranscriptLine> loadTranscript(const QString &fileName, QString *error)
{
    QFile file(QStringLiteral(UCMC_TEST_DATA_DIR "/kms-transcripts/") + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<TranscriptLine> lines;
    int number = 0;
    for (const QByteArray &text : file.readAll().split('\n')) {
        ++number;
        if (text.trimmed().isEmpty())
            continue;
        auto json = OrderedJson::parse(text, error);
        if (!json) {
            *error = QStringLiteral("%1:%2: %3").arg(fileName).arg(number).arg(*error);
            return {};
        }
        lines.append({number, *json});
    }
    return lines;
}

Replayer::Replayer(QHostAddress address, quint16 wsPort, quint16 wssPort, ShapeMatcher &matcher)
    : m_address(std::move(address))
    , m_wsPort(wsPort)
    , m_wssPort(wssPort)
    , m_matcher(matcher)
{}

Replayer::~Replayer() = default;

bool Replayer::fail(const QString &message)
{
    m_error = message;
    return false;
}

RawWsClient *Replayer::client(const QString &name)
{
    auto it = m_clients.find(name);
    if (it != m_clients.end())
        return it->get();
    auto c = std::make_shared<RawWsClient>();
    const bool secure = name == QLatin1String("wss");
    const QByteArray path = name.startsWith(QLatin1Char('/')) ? name.toUtf8() : QByteArray("/kurento");
    if (!c->open(m_address, secure ? m_wssPort : m_wsPort, secure, path))
        return nullptr;
    m_clients.insert(name, c);
    return c.get();
}

void Replayer::forget(const QString &name)
{
    m_clients.remove(name);
}

void Replayer::closeAll()
{
    for (const auto &c : std::as_const(m_clients)) {
        if (c->isConnected()) {
            c->sendClose(1000);
            c->waitForDisconnected(2000);
        }
    }
    m_clients.clear();
}

QList<OrderedJson> Replayer::expectedFrames(const OrderedJson &line)
{
    QList<OrderedJson> frames;
    const OrderedJson *raw = line.member(QStringLiteral("recv_raw"));
    if (raw && raw->isString()) { // very long captures keep recv_raw as JSON text
        static OrderedJson parsed;
        parsed = OrderedJson::parse(raw->text.toUtf8()).value_or(OrderedJson{});
        raw = &parsed;
    }
    if (raw && raw->isArray()) {
        for (const OrderedJson &text : raw->items)
            frames.append(OrderedJson::parse(text.text.toUtf8()).value_or(OrderedJson{}));
        return frames;
    }
    const OrderedJson *recv = line.member(QStringLiteral("recv"));
    if (!recv || recv->isNull())
        return frames;
    if (recv->isArray())
        return recv->items;
    frames.append(*recv);
    return frames;
}

bool Replayer::compareFrames(const QList<OrderedJson> &expected, const QList<QByteArray> &actual,
                             const QString &operation)
{
    QStringList received;
    for (const QByteArray &a : actual)
        received << QString::fromUtf8(a.left(300));
    if (expected.size() != actual.size()) {
        return fail(QStringLiteral("%1 frame(s) expected, %2 received: %3")
                        .arg(expected.size())
                        .arg(actual.size())
                        .arg(received.join(QStringLiteral(" | "))));
    }
    QList<OrderedJson> parsed;
    for (const QByteArray &a : actual) {
        auto json = OrderedJson::parse(a);
        if (!json)
            return fail(QStringLiteral("not JSON: ") + QString::fromUtf8(a.left(300)));
        // KMS writes compact JSON; re-serialising must give the same bytes.
        if (json->toCompact() != a)
            return fail(QStringLiteral("not in jsoncpp's compact form: ") + QString::fromUtf8(a.left(300)));
        parsed.append(*json);
    }
    QList<bool> used(parsed.size(), false);
    for (const OrderedJson &e : expected) {
        bool found = false;
        QString why;
        for (qsizetype j = 0; j < parsed.size() && !found; ++j) {
            if (used[j])
                continue;
            if (m_matcher.match(e, parsed[j], operation)) {
                used[j] = true;
                found = true;
            } else if (why.isEmpty()) {
                why = m_matcher.lastError();
            }
        }
        if (!found) {
            return fail(QStringLiteral("no match for %1\n  first mismatch: %2\n  received: %3")
                            .arg(QString::fromUtf8(e.toCompact().left(300)), why,
                                 received.join(QStringLiteral(" | "))));
        }
    }
    return true;
}

QByteArray Replayer::translateIds(const QByteArray &captured) const
{
    // Requests of the capture name sessions and objects by the real server's ids; send the
    // simulator's ids that stand for them (ids never seen before, like 1111..., stay).
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString text = QString::fromUtf8(captured);
    QString out;
    qsizetype last = 0;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString mapped = m_matcher.mappedSimulatorId(m.captured());
        out += text.mid(last, m.capturedStart() - last) + (mapped.isEmpty() ? m.captured() : mapped);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out.toUtf8();
}

bool Replayer::step(const TranscriptLine &line, const QString &socketName)
{
    const QString name = !socketName.isEmpty()      ? socketName
                         : !line.socket().isEmpty() ? line.socket()
                                                    : m_lastSocket;
    RawWsClient *c = client(name);
    if (!c)
        return fail(QStringLiteral("line %1: cannot open socket %2").arg(line.number).arg(name));
    m_lastSocket = name;
    if (c->pendingMessages() > 0)
        return fail(QStringLiteral("line %1: unexpected frame(s) before the step").arg(line.number));

    const OrderedJson &send = *line.json.member(QStringLiteral("send"));
    QByteArray text = translateIds(send.isString() ? send.text.toUtf8() : send.toCompact());
    const bool binary = text.startsWith("<binary frame> ");
    if (binary)
        text = text.mid(15);
    QString operation;
    qint64 interval = 0;
    if (send.isObject()) {
        if (const OrderedJson *params = send.member(QStringLiteral("params"))) {
            operation = params->str(QStringLiteral("operation"));
            if (const OrderedJson *op = params->member(QStringLiteral("operationParams"))) {
                if (const OrderedJson *i = op->member(QStringLiteral("interval"));
                    i && i->type == OrderedJson::Type::Number)
                    interval = i->text.toLongLong();
            }
        }
    }
    QElapsedTimer timer;
    timer.start();
    if (binary)
        c->sendBinary(text);
    else
        c->sendText(text);

    const QString where = QStringLiteral("line %1 (%2): ").arg(line.number).arg(line.note().left(60));
    if (line.json.member(QStringLiteral("closed"))) {
        // KMS drops the TCP connection: no reply, no close frame (client sees 1006).
        if (!c->waitForDisconnected(2000))
            return fail(where + QStringLiteral("the connection was not dropped"));
        if (c->pendingMessages() > 0 || c->closeReceived)
            return fail(where + QStringLiteral("a frame came before the drop"));
        forget(name);
        return true;
    }
    const QList<OrderedJson> expected = expectedFrames(line.json);
    if (expected.isEmpty()) {
        QTest::qWait(quietMs);
        if (c->pendingMessages() > 0)
            return fail(where +
                        QStringLiteral("expected silence, got %1 frame(s)").arg(c->pendingMessages()));
        return true;
    }
    c->waitForMessages(int(expected.size()), replyTimeoutMs);
    const qint64 elapsed = timer.elapsed();
    QTest::qWait(lingerMs);
    QList<QByteArray> actual;
    for (const auto &frame : c->takeMessages())
        actual.append(frame.payload);
    if (operation == QLatin1String("getUsedCpu") && interval > 0 && elapsed < interval - 5)
        return fail(
            where +
            QStringLiteral("getUsedCpu answered after %1 ms, interval %2").arg(elapsed).arg(interval));
    if (!compareFrames(expected, actual, operation))
        return fail(where + m_error);
    return true;
}

bool Replayer::replay(const QList<TranscriptLine> &lines,
                      const std::function<bool(const TranscriptLine &)> &special)
{
    m_error.clear();
    for (const TranscriptLine &line : lines) {
        if (special && special(line)) {
            if (!m_error.isEmpty())
                return false;
            continue;
        }
        if (!line.hasSend())
            return fail(QStringLiteral("line %1 is not handled: %2").arg(line.number).arg(line.note()));
        if (!step(line))
            return false;
    }
    return true;
}

} // namespace simtest
