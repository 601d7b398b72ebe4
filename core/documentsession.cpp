#include "core/documentsession.h"

#include "models/configlint.h"
#include "models/configwriter.h"

#include <QElapsedTimer>

namespace ucmc {

namespace {
constexpr int kTypingCommandId = 1;
constexpr qint64 kTypingMergeMs = 1500; // typing pauses shorter than this make one undo step
} // namespace

// One step in the history: the document before and after. Documents are immutable shared
// snapshots, so keeping both is cheap.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(DocumentSession *session, ConfigDocument before, ConfigDocument after, const QString &text,
                    bool typing)
        : QUndoCommand(text)
        , m_session(session)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_typing(typing)
    {
        m_clock.start();
    }

    void undo() override { m_session->setDocument(m_before); }
    void redo() override { m_session->setDocument(m_after); }
    int id() const override { return m_typing ? kTypingCommandId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const DocumentCommand *>(other);
        if (m_clock.elapsed() > kTypingMergeMs)
            return false;
        m_after = next->m_after;
        m_clock.restart();
        return true;
    }

private:
    DocumentSession *m_session;
    ConfigDocument m_before;
    ConfigDocument m_after;
    bool m_typing;
    QElapsedTimer m_clock;
};

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
{
    m_undo.setUndoLimit(500);
}

void DocumentSession::load(const QString &path, const QByteArray &bytes)
{
    m_path = path;
    m_loadedBytes = bytes;
    m_loadedHash = ConfigWriter::hashOf(bytes);
    m_undo.clear();
    setDocument(ConfigDocument::fromBytes(bytes));
}

void DocumentSession::markSaved(const QString &path, const QByteArray &savedHash)
{
    m_path = path;
    m_loadedBytes = m_document.bytes();
    m_loadedHash = savedHash;
    m_undo.setClean();
    if (m_wasModified) {
        m_wasModified = false;
        emit modifiedChanged(false);
    }
}

void DocumentSession::clear()
{
    m_path.clear();
    m_loadedBytes.clear();
    m_loadedHash.clear();
    m_undo.clear();
    setDocument(ConfigDocument());
}

bool DocumentSession::hasErrors() const
{
    return ConfigLint::hasErrors(m_problems);
}

bool DocumentSession::isModified() const
{
    return m_document.bytes() != m_loadedBytes;
}

bool DocumentSession::apply(const EditResult &edit)
{
    if (!edit) {
        if (edit.error().code != EditProblem::NoChange)
            emit editRefused(edit.error().message);
        return false;
    }
    m_undo.push(new DocumentCommand(this, m_document, edit.value().document, edit.value().description, false));
    return true;
}

void DocumentSession::replaceText(const QByteArray &bytes)
{
    if (bytes == m_document.bytes())
        return;
    m_undo.push(new DocumentCommand(this, m_document, ConfigDocument::fromBytes(bytes), tr("Edit the JSON text"), true));
}

void DocumentSession::setDocument(const ConfigDocument &document)
{
    m_document = document;
    m_problems = ConfigLint::check(m_document);
    emit documentChanged();
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace ucmc
