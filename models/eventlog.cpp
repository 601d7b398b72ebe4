#include "models/eventlog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>
#include <QWaitCondition>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcEventLog, "ucmc.eventlog", QtInfoMsg)

namespace ucmc {

namespace {

class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

constexpr ServerEvent::Kind kAllKinds[] = {
    ServerEvent::Kind::StateChanged,        ServerEvent::Kind::Restarted,
    ServerEvent::Kind::VersionChanged,      ServerEvent::Kind::CertificateChanged,
    ServerEvent::Kind::CertificateExpiring, ServerEvent::Kind::HostStateChanged,
    ServerEvent::Kind::ConsoleAction,
};

constexpr HealthState kAllStates[] = {
    HealthState::Unknown, HealthState::Connecting, HealthState::Up,          HealthState::GoingDown,
    HealthState::Down,    HealthState::GoingUp,    HealthState::Maintenance, HealthState::NotMonitored,
};

constexpr FailureCode kAllFailures[] = {
    FailureCode::None,
    FailureCode::Dns,
    FailureCode::TcpRefused,
    FailureCode::TcpTimeout,
    FailureCode::TcpUnreachable,
    FailureCode::TlsHandshake,
    FailureCode::TlsUntrusted,
    FailureCode::TlsChanged,
    FailureCode::WsUpgrade,
    FailureCode::WsClosed,
    FailureCode::RpcTimeout,
    FailureCode::RpcError,
    FailureCode::NotKurento,
    FailureCode::WrongReplyId,
    FailureCode::MessageTooLarge,
    FailureCode::InvalidUrl,
    FailureCode::NetworkError,
    FailureCode::Flood,
};

// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1StringView("\\\"");
            break;
        case u'\\':
            out += QLatin1StringView("\\\\");
            break;
        case u'\n':
            out += QLatin1StringView("\\n");
            break;
        case u'\r':
            out += QLatin1StringView("\\r");
            break;
        case u'\t':
            out += QLatin1StringView("\\t");
            break;
        case u'\b':
            out += QLatin1StringView("\\b");
            break;
        case u'\f':
            out += QLatin1StringView("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// RFC 4180: a field is quoted when it holds a comma, a quote, CR or LF; quotes are doubled.
void appendCsvField(QString &out, const QString &field)
{
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        out += u'"';
        QString escaped = field;
        escaped.replace(QLatin1StringView("\""), QLatin1StringView("\"\""));
        out += escaped;
        out += u'"';
    } else {
        out += field;
    }
}

} // namespace

// --- ids -----------------------------------------------------------------------------------------

QLatin1StringView eventKindId(ServerEvent::Kind kind)
{
    switch (kind) {
    case ServerEvent::Kind::StateChanged:
        return QLatin1StringView("state-changed");
    case ServerEvent::Kind::Restarted:
        return QLatin1StringView("restarted");
    case ServerEvent::Kind::VersionChanged:
        return QLatin1StringView("version-changed");
    case ServerEvent::Kind::CertificateChanged:
        return QLatin1StringView("certificate-changed");
    case ServerEvent::Kind::CertificateExpiring:
        return QLatin1StringView("certificate-expiring");
    case ServerEvent::Kind::HostStateChanged:
        return QLatin1StringView("host-state-changed");
    case ServerEvent::Kind::ConsoleAction:
        return QLatin1StringView("console-action");
    }
    return {};
}

std::optional<ServerEvent::Kind> eventKindFromId(QStringView id)
{
    for (const ServerEvent::Kind kind : kAllKinds) {
        if (id == eventKindId(kind))
            return kind;
    }
    return std::nullopt;
}

QString eventKindText(ServerEvent::Kind kind)
{
    switch (kind) {
    case ServerEvent::Kind::StateChanged:
        return EventText::tr("State changed");
    case ServerEvent::Kind::Restarted:
        return EventText::tr("Restarted");
    case ServerEvent::Kind::VersionChanged:
        return EventText::tr("Version changed");
    case ServerEvent::Kind::CertificateChanged:
        return EventText::tr("Certificate changed");
    case ServerEvent::Kind::CertificateExpiring:
        return EventText::tr("Certificate expiring");
    case ServerEvent::Kind::HostStateChanged:
        return EventText::tr("UCServer host");
    case ServerEvent::Kind::ConsoleAction:
        return EventText::tr("Console action");
    }
    return {};
}

QLatin1StringView healthStateId(HealthState state)
{
    switch (state) {
    case HealthState::Unknown:
        return QLatin1StringView("unknown");
    case HealthState::Connecting:
        return QLatin1StringView("connecting");
    case HealthState::Up:
        return QLatin1StringView("up");
    case HealthState::GoingDown:
        return QLatin1StringView("going-down");
    case HealthState::Down:
        return QLatin1StringView("down");
    case HealthState::GoingUp:
        return QLatin1StringView("going-up");
    case HealthState::Maintenance:
        return QLatin1StringView("maintenance");
    case HealthState::NotMonitored:
        return QLatin1StringView("not-monitored");
    }
    return QLatin1StringView("unknown");
}

std::optional<HealthState> healthStateFromId(QStringView id)
{
    for (const HealthState state : kAllStates) {
        if (id == healthStateId(state))
            return state;
    }
    return std::nullopt;
}

std::optional<FailureCode> failureCodeFromId(QStringView id)
{
    for (const FailureCode code : kAllFailures) {
        if (id == failureCodeId(code))
            return code;
    }
    return std::nullopt;
}

EventSeverity eventSeverity(const ServerEvent &event)
{
    switch (event.kind) {
    case ServerEvent::Kind::StateChanged:
    case ServerEvent::Kind::HostStateChanged:
        if (event.to == HealthState::Down)
            return EventSeverity::Failure;
        if (event.to == HealthState::GoingDown || event.to == HealthState::NotMonitored)
            return EventSeverity::Warning;
        return EventSeverity::Info;
    case ServerEvent::Kind::Restarted:
    case ServerEvent::Kind::CertificateChanged:
        return EventSeverity::Failure;
    case ServerEvent::Kind::VersionChanged:
    case ServerEvent::Kind::CertificateExpiring:
        return EventSeverity::Warning;
    case ServerEvent::Kind::ConsoleAction:
        return EventSeverity::Info;
    }
    return EventSeverity::Info;
}

QLatin1StringView eventSeverityId(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Info:
        return QLatin1StringView("info");
    case EventSeverity::Warning:
        return QLatin1StringView("warning");
    case EventSeverity::Failure:
        return QLatin1StringView("failure");
    }
    return QLatin1StringView("info");
}

// --- formats -------------------------------------------------------------------------------------

QByteArray eventToJson(const ServerEvent &event)
{
    QString out;
    out.reserve(160 + event.server.size() + event.text.size());
    out += QLatin1StringView("{\"time\":");
    appendJsonString(out, isoTime(event.time));
    out += QLatin1StringView(",\"kind\":");
    appendJsonString(out, eventKindId(event.kind));
    out += QLatin1StringView(",\"server\":");
    appendJsonString(out, event.server);
    out += QLatin1StringView(",\"from\":");
    appendJsonString(out, healthStateId(event.from));
    out += QLatin1StringView(",\"to\":");
    appendJsonString(out, healthStateId(event.to));
    out += QLatin1StringView(",\"failure\":");
    if (event.failure == FailureCode::None)
        out += QLatin1StringView("null");
    else
        appendJsonString(out, failureCodeId(event.failure));
    out += QLatin1StringView(",\"text\":");
    appendJsonString(out, event.text);
    out += u'}';
    return out.toUtf8();
}

std::optional<ServerEvent> eventFromJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();

    const QJsonValue time = object.value(QLatin1StringView("time"));
    const QJsonValue kind = object.value(QLatin1StringView("kind"));
    const QJsonValue server = object.value(QLatin1StringView("server"));
    if (!time.isString() || !kind.isString() || !server.isString())
        return std::nullopt;

    ServerEvent event;
    event.time = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
    if (!event.time.isValid())
        return std::nullopt;
    event.time = event.time.toUTC();
    const auto parsedKind = eventKindFromId(kind.toString());
    if (!parsedKind)
        return std::nullopt;
    event.kind = *parsedKind;
    event.server = server.toString();
    // A newer console may know more states or failure codes: keep the event, lose the detail.
    event.from =
        healthStateFromId(object.value(QLatin1StringView("from")).toString()).value_or(HealthState::Unknown);
    event.to =
        healthStateFromId(object.value(QLatin1StringView("to")).toString()).value_or(HealthState::Unknown);
    event.failure =
        failureCodeFromId(object.value(QLatin1StringView("failure")).toString()).value_or(FailureCode::None);
    event.text = object.value(QLatin1StringView("text")).toString();
    return event;
}

QByteArray eventsToJson(const QList<ServerEvent> &events)
{
    if (events.isEmpty())
        return QByteArrayLiteral("[]\n");
    QByteArray out = QByteArrayLiteral("[\n");
    for (qsizetype i = 0; i < events.size(); ++i) {
        out += "  ";
        out += eventToJson(events.at(i));
        out += i + 1 < events.size() ? ",\n" : "\n";
    }
    out += "]\n";
    return out;
}

QByteArray eventsToCsv(const QList<ServerEvent> &events)
{
    QString out = QStringLiteral("time,server,kind,from,to,failure,text\r\n");
    for (const ServerEvent &event : events) {
        appendCsvField(out, isoTime(event.time));
        out += u',';
        appendCsvField(out, event.server);
        out += u',';
        appendCsvField(out, eventKindId(event.kind));
        out += u',';
        appendCsvField(out, healthStateId(event.from));
        out += u',';
        appendCsvField(out, healthStateId(event.to));
        out += u',';
        appendCsvField(out, failureCodeId(event.failure));
        out += u',';
        appendCsvField(out, event.text);
        out += QLatin1StringView("\r\n");
    }
    return out.toUtf8();
}

// --- the store -----------------------------------------------------------------------------------

EventLogStore::EventLogStore(const QString &folder, Options options)
    : m_folder(folder)
    , m_options(options)
{
    m_options.maxFiles = std::max(1, m_options.maxFiles);
    m_options.maxFileBytes = std::max<qint64>(1024, m_options.maxFileBytes);
}

EventLogStore::~EventLogStore() = default;

QString EventLogStore::fileName(int index)
{
    return index == 0 ? QStringLiteral("events.jsonl") : QStringLiteral("events.%1.jsonl").arg(index);
}

QStringList EventLogStore::files() const
{
    QStringList result;
    const QDir dir(m_folder);
    for (int i = 0; i < m_options.maxFiles; ++i) {
        const QString path = dir.filePath(fileName(i));
        if (QFileInfo::exists(path))
            result.append(path);
    }
    return result;
}

bool EventLogStore::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    if (!QDir().mkpath(m_folder)) {
        m_error =
            tr("Cannot create the folder %1 for the event log.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QString path = QDir(m_folder).filePath(fileName(0));
    // A crash may have cut the last line short: start the next one on a line of its own.
    bool needsLineBreak = false;
    {
        QFile existing(path);
        if (existing.size() > 0 && existing.open(QIODevice::ReadOnly) && existing.seek(existing.size() - 1)) {
            char last = '\n';
            needsLineBreak = existing.getChar(&last) && last != '\n';
        }
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error =
            tr("Cannot write the event log %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    if (needsLineBreak && (m_file.write("\n", 1) != 1 || !m_file.flush())) {
        m_error =
            tr("Cannot write the event log %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        m_file.close();
        return false;
    }
    return true;
}

bool EventLogStore::rotate()
{
    m_file.close();
    const QDir dir(m_folder);
    // Files beyond the limit (from a larger limit before) go first, then each moves one up.
    const QStringList stale =
        dir.entryList({QStringLiteral("events.*.jsonl")}, QDir::Files | QDir::Hidden | QDir::System);
    static const QRegularExpression numbered(QStringLiteral("^events\\.(\\d+)\\.jsonl$"));
    for (const QString &name : stale) {
        const auto match = numbered.match(name);
        if (match.hasMatch() && match.captured(1).toInt() >= m_options.maxFiles - 1)
            QFile::remove(dir.filePath(name));
    }
    for (int i = m_options.maxFiles - 1; i >= 1; --i) {
        const QString from = dir.filePath(fileName(i - 1));
        if (QFileInfo::exists(from) && !QFile::rename(from, dir.filePath(fileName(i)))) {
            m_error = tr("Cannot rotate the event log in %1.").arg(QDir::toNativeSeparators(m_folder));
            return false;
        }
    }
    if (m_options.maxFiles == 1)
        QFile::remove(dir.filePath(fileName(0)));
    return ensureOpen();
}

bool EventLogStore::writeChunk(const QByteArray &chunk, qsizetype lines)
{
    if (m_options.beforeWrite)
        m_options.beforeWrite(lines);
    if (m_file.write(chunk) != chunk.size() || !m_file.flush()) {
        m_error = tr("Cannot write the event log %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        m_file.close(); // try afresh next time
        return false;
    }
    return true;
}

bool EventLogStore::writeLines(const QList<QByteArray> &lines)
{
    if (lines.isEmpty())
        return true;
    if (!ensureOpen())
        return false;
    // One write for the batch; a rotation in between writes what belongs to the full file first.
    qint64 size = m_file.size();
    QByteArray chunk;
    qsizetype chunkLines = 0;
    for (const QByteArray &line : lines) {
        if (size + chunk.size() > 0 && size + chunk.size() + line.size() + 1 > m_options.maxFileBytes) {
            if (!chunk.isEmpty() && !writeChunk(chunk, chunkLines))
                return false;
            chunk.clear();
            chunkLines = 0;
            if (!rotate())
                return false;
            size = m_file.size();
        }
        chunk += line;
        chunk += '\n';
        ++chunkLines;
    }
    if (!writeChunk(chunk, chunkLines))
        return false;
    m_error.clear();
    return true;
}

bool EventLogStore::append(const ServerEvent &event)
{
    return writeLines({eventToJson(event)});
}

bool EventLogStore::append(const QList<ServerEvent> &events)
{
    QList<QByteArray> lines;
    lines.reserve(events.size());
    for (const ServerEvent &event : events)
        lines.append(eventToJson(event));
    return writeLines(lines);
}

EventLogStore::LoadResult EventLogStore::load(const QString &folder, int maxCount, const Options &options)
{
    LoadResult result;
    if (maxCount <= 0)
        return result;
    const QDir dir(folder);
    const int maxFiles = std::max(1, options.maxFiles);
    // Never read more than a few times the configured size per file, even from a file that was
    // made bigger by hand: only its end matters.
    const qint64 readLimit = std::max<qint64>(64 * 1024, 4 * options.maxFileBytes);
    QList<ServerEvent> newestFirst;
    for (int i = 0; i < maxFiles && newestFirst.size() < maxCount; ++i) {
        QFile file(dir.filePath(fileName(i)));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors.append(tr("Cannot read the event log %1: %2")
                                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
            continue;
        }
        QByteArray bytes;
        bool cutAtStart = false;
        if (file.size() > readLimit) {
            file.seek(file.size() - readLimit);
            cutAtStart = true;
        }
        bytes = file.read(readLimit);
        QList<QByteArrayView> lines;
        qsizetype start = 0;
        if (cutAtStart) {
            const qsizetype firstBreak = bytes.indexOf('\n');
            start = firstBreak < 0 ? bytes.size() : firstBreak + 1;
        }
        while (start < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            lines.append(QByteArrayView(bytes).sliced(start, end - start));
            start = end + 1;
        }
        for (auto it = lines.crbegin(); it != lines.crend() && newestFirst.size() < maxCount; ++it) {
            QByteArrayView line = it->trimmed();
            if (line.isEmpty())
                continue;
            if (auto event = eventFromJson(line))
                newestFirst.append(std::move(*event));
            else
                ++result.skippedLines;
        }
    }
    result.events.reserve(newestFirst.size());
    std::reverse_copy(newestFirst.cbegin(), newestFirst.cend(), std::back_inserter(result.events));
    return result;
}

// --- the writer thread -------------------------------------------------------------------------

// The store on a thread of its own. The GUI thread queues events (enqueue); the thread takes all
// that is queued, writes it as one batch and reports the outcome. Everything both threads touch is
// in State, under its mutex; the store itself is used by the writer thread only. State is shared
// with the thread so that a thread stuck in a write past kCloseTimeoutMs can be left behind safely.
class EventLogWriter
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::EventLogStore)

public:
    // Called on the writer thread, under the state's mutex, once per run of failures.
    using FailureNotice = std::function<void(const QString &message)>;

    EventLogWriter(const QString &folder, const EventLogStore::Options &options, FailureNotice notice)
        : m_state(std::make_shared<State>(folder, options, std::move(notice)))
    {
        std::shared_ptr<State> state = m_state;
        m_thread.reset(QThread::create([state] { run(*state); }));
        m_thread->setObjectName(QStringLiteral("ucmc-eventlog"));
        m_thread->start();
    }

    ~EventLogWriter() { close(QDeadlineTimer(EventLog::kCloseTimeoutMs)); }

    // GUI thread. True when this starts a run of failures (the queue is full): the caller reports it.
    bool enqueue(const QList<ServerEvent> &events)
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->queue.size() + events.size() > EventLog::kMaxQueuedEvents) {
            m_state->error = tr("The event log in %1 cannot be written fast enough; new events are kept in "
                                "memory only until the disk catches up.")
                                 .arg(QDir::toNativeSeparators(m_state->store.folder()));
            return std::exchange(m_state->failing, true) == false;
        }
        m_state->queue.append(events);
        m_state->wake.wakeOne();
        return false;
    }

    QString error() const
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->error;
    }

    bool waitUntilWritten(QDeadlineTimer deadline) const
    {
        QMutexLocker lock(&m_state->mutex);
        while (!m_state->queue.isEmpty() || m_state->writing) {
            if (!m_state->idle.wait(&m_state->mutex, deadline))
                return m_state->queue.isEmpty() && !m_state->writing;
        }
        return true;
    }

private:
    struct State
    {
        State(const QString &folder, const EventLogStore::Options &options, FailureNotice notice)
            : notice(std::move(notice))
            , store(folder, options)
        {}

        QMutex mutex;
        QWaitCondition wake; // work for the thread, or stop
        QWaitCondition idle; // the queue is written
        QList<ServerEvent> queue;
        bool writing = false;
        bool stop = false;
        bool abandoned = false; // closing timed out: drop what is left
        bool failing = false;
        QString error;
        FailureNotice notice; // empty once closed
        EventLogStore store;  // the writer thread's alone
    };

    static void run(State &state)
    {
        QMutexLocker lock(&state.mutex);
        for (;;) {
            while (state.queue.isEmpty() && !state.stop)
                state.wake.wait(&state.mutex);
            if (state.queue.isEmpty() || state.abandoned)
                break;
            const QList<ServerEvent> batch = std::exchange(state.queue, {});
            state.writing = true;
            lock.unlock();
            const bool ok = state.store.append(batch);
            const QString error = ok ? QString() : state.store.errorString();
            lock.relock();
            state.writing = false;
            state.error = error;
            if (ok) {
                state.failing = false;
            } else if (!std::exchange(state.failing, true) && state.notice) {
                state.notice(error);
            }
            if (state.queue.isEmpty())
                state.idle.wakeAll();
        }
        state.queue.clear();
        state.writing = false;
        state.idle.wakeAll();
    }

    void close(QDeadlineTimer deadline)
    {
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->notice = {};
            m_state->stop = true;
            m_state->wake.wakeOne();
        }
        if (m_thread->wait(deadline))
            return;
        QMutexLocker lock(&m_state->mutex);
        qCWarning(lcEventLog, "the event log in %s did not finish writing in time; %lld events are not written",
                  qPrintable(m_state->store.folder()), qlonglong(m_state->queue.size()));
        m_state->abandoned = true;
        // The thread ends once its write returns; its QThread object goes with it (when an event
        // loop still runs, else at exit).
        QThread *thread = m_thread.release();
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        if (thread->isFinished()) // finished in the meantime (its signal came before this flag)
            delete thread;
    }

    std::shared_ptr<State> m_state;
    std::unique_ptr<QThread> m_thread;
};

// --- the log -------------------------------------------------------------------------------------

EventLog::EventLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(1, capacity))
{}

EventLog::~EventLog()
{
    closeStore();
}

const ServerEvent &EventLog::at(int index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    return m_ring[size_t((m_head + index) % m_capacity)];
}

QList<ServerEvent> EventLog::events() const
{
    QList<ServerEvent> result;
    result.reserve(m_size);
    for (int i = 0; i < m_size; ++i)
        result.append(at(i));
    return result;
}

EventLogStore::LoadResult EventLog::openStore(const QString &folder, const EventLogStore::Options &options)
{
    closeStore(); // what it queued is on disk before the load reads the folder
    EventLogStore::LoadResult loaded = EventLogStore::load(folder, m_capacity, options);
    const quint64 generation = ++m_storeGeneration;
    // The notice runs on the writer thread (until closeStore()); the signal is emitted here, on
    // the log's thread, unless this store was closed in the meantime.
    m_writer = std::make_unique<EventLogWriter>(folder, options, [this, generation](const QString &message) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, message] {
                if (generation == m_storeGeneration && m_writer)
                    emit storeErrorOccurred(message);
            },
            Qt::QueuedConnection);
    });
    if (!loaded.events.isEmpty()) {
        QList<ServerEvent> combined = loaded.events;
        combined.append(events());
        replaceAll(combined);
    }
    return loaded;
}

void EventLog::closeStore()
{
    if (!m_writer)
        return;
    ++m_storeGeneration;
    m_writer.reset();
}

QString EventLog::storeError() const
{
    return m_writer ? m_writer->error() : QString();
}

bool EventLog::waitForStore(QDeadlineTimer deadline) const
{
    return m_writer ? m_writer->waitUntilWritten(deadline) : true;
}

void EventLog::append(const ServerEvent &event)
{
    append(QList<ServerEvent>{event});
}

void EventLog::append(const QList<ServerEvent> &events)
{
    if (events.isEmpty())
        return;
    writeToStore(events);
    const int count = int(events.size());
    if (count >= m_capacity) {
        replaceAll(events);
        return;
    }
    const int drop = std::max(0, m_size + count - m_capacity);
    if (drop > 0) {
        emit aboutToDropOldest(drop);
        for (int i = 0; i < drop; ++i)
            m_ring[size_t((m_head + i) % m_capacity)] = ServerEvent(); // free the texts
        m_head = (m_head + drop) % m_capacity;
        m_size -= drop;
        emit droppedOldest(drop);
    }
    emit aboutToAppend(count);
    for (const ServerEvent &event : events)
        pushBack(event);
    emit appended(count);
}

void EventLog::clear()
{
    emit aboutToReset();
    m_ring.clear();
    m_head = 0;
    m_size = 0;
    emit wasReset();
}

void EventLog::replaceAll(const QList<ServerEvent> &events)
{
    emit aboutToReset();
    m_ring.clear();
    m_head = 0;
    m_size = 0;
    const qsizetype first = std::max<qsizetype>(0, events.size() - m_capacity);
    m_ring.reserve(size_t(events.size() - first));
    for (qsizetype i = first; i < events.size(); ++i)
        pushBack(events.at(i));
    emit wasReset();
}

void EventLog::pushBack(const ServerEvent &event)
{
    Q_ASSERT(m_size < m_capacity);
    // The ring grows to its capacity lazily; until it is full once, m_head stays 0 or the next
    // slot is the one right after the stored ones.
    const size_t position = size_t((m_head + m_size) % m_capacity);
    if (position >= m_ring.size()) {
        Q_ASSERT(position == m_ring.size());
        m_ring.push_back(event);
    } else {
        m_ring[position] = event;
    }
    ++m_size;
}

void EventLog::writeToStore(const QList<ServerEvent> &events)
{
    if (m_writer && m_writer->enqueue(events))
        emit storeErrorOccurred(m_writer->error());
}

// --- the table -----------------------------------------------------------------------------------

EventLogModel::EventLogModel(const EventLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(&log, &EventLog::aboutToDropOldest, this,
            [this](int count) { beginRemoveRows({}, 0, count - 1); });
    connect(&log, &EventLog::droppedOldest, this, [this] { endRemoveRows(); });
    connect(&log, &EventLog::aboutToAppend, this,
            [this](int count) { beginInsertRows({}, m_log.size(), m_log.size() + count - 1); });
    connect(&log, &EventLog::appended, this, [this] { endInsertRows(); });
    connect(&log, &EventLog::aboutToReset, this, [this] { beginResetModel(); });
    connect(&log, &EventLog::wasReset, this, [this] { endResetModel(); });
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_log.size();
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString EventLogModel::transitionText(const ServerEvent &event)
{
    if (event.kind != ServerEvent::Kind::StateChanged && event.kind != ServerEvent::Kind::HostStateChanged)
        return {};
    return EventText::tr("%1 → %2").arg(healthStateText(event.from), healthStateText(event.to));
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerEvent &event = m_log.at(index.row());
    const auto display = [&]() -> QString {
        switch (index.column()) {
        case Time:
            return timeText(event.time);
        case Server:
            return event.server;
        case Kind:
            return eventKindText(event.kind);
        case Transition:
            return transitionText(event);
        case Reason:
            return event.text;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        return display();
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return isoTime(event.time);
        if (index.column() == Reason && event.failure != FailureCode::None)
            return QStringLiteral("%1 [%2]").arg(event.text, failureCodeId(event.failure));
        return display();
    case SortRole:
        if (index.column() == Time)
            return event.time.toMSecsSinceEpoch();
        return display();
    case KindRole:
        return int(event.kind);
    case SeverityRole:
        return int(eventSeverity(event));
    case FailureRole:
        return QString(failureCodeId(event.failure));
    case ServerRole:
        return event.server;
    case EventRole:
        return QVariant::fromValue(event);
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Server:
        return tr("Server");
    case Kind:
        return tr("Event");
    case Transition:
        return tr("Change");
    case Reason:
        return tr("Reason");
    }
    return {};
}

// --- the filter ----------------------------------------------------------------------------------

EventLogFilterModel::EventLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventLogModel::SortRole);
    setDynamicSortFilter(true);
}

void EventLogFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void EventLogFilterModel::setKinds(const QSet<ServerEvent::Kind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateFilter();
}

void EventLogFilterModel::setServer(const QString &server)
{
    if (server == m_server)
        return;
    m_server = server;
    invalidateFilter();
}

void EventLogFilterModel::setMinimumSeverity(EventSeverity severity)
{
    if (severity == m_minimumSeverity)
        return;
    m_minimumSeverity = severity;
    invalidateFilter();
}

QList<ServerEvent> EventLogFilterModel::visibleEvents() const
{
    QList<ServerEvent> result;
    result.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        result.append(index(row, 0).data(EventLogModel::EventRole).value<ServerEvent>());
    return result;
}

bool EventLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_kinds.isEmpty() &&
        !m_kinds.contains(ServerEvent::Kind(first.data(EventLogModel::KindRole).toInt())))
        return false;
    if (!m_server.isEmpty() && first.data(EventLogModel::ServerRole).toString() != m_server)
        return false;
    if (first.data(EventLogModel::SeverityRole).toInt() < int(m_minimumSeverity))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column :
         {EventLogModel::Server, EventLogModel::Kind, EventLogModel::Transition, EventLogModel::Reason}) {
        if (source->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ucmc
