#include "ui/jsontextbinding.h"

#include "core/documentsession.h"
#include "ui/jsoneditor.h"

#include <QTextBlock>

namespace ucmc {

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
}

JsonTextBinding::JsonTextBinding(JsonEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &JsonTextBinding::commit);
    m_editor->setUndoRedoEnabled(false); // one history: the document's (JsonEditor::event)
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_typing.start();
    });
    connect(m_editor, &JsonEditor::pendingTextNeeded, this, [this] {
        if (m_typing.isActive()) {
            m_typing.stop();
            commit();
        }
    });
}

void JsonTextBinding::setSession(DocumentSession *session)
{
    m_typing.stop(); // what was typed for the old document stays with it
    m_session = session;
}

void JsonTextBinding::showDocument(bool keepPosition)
{
    if (m_typing.isActive() || !m_session)
        return;
    QByteArray bytes = m_session->document().bytes();
    if (bytes.startsWith(kBom))
        bytes.remove(0, 3);
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text == m_editor->toPlainText())
        return;
    const int line = m_editor->textCursor().blockNumber() + 1;
    const int column = m_editor->textCursor().positionInBlock() + 1;
    m_showing = true;
    m_editor->setPlainText(text);
    m_showing = false;
    if (keepPosition)
        m_editor->goTo(line, column);
    showMarkers();
}

void JsonTextBinding::commit()
{
    if (!m_session || !m_session->isOpen())
        return;
    const FormatStyle &format = m_session->document().format();
    QString text = m_editor->toPlainText();
    if (format.lineEnding == LineEnding::CrLf)
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray bytes = text.toUtf8();
    if (format.utf8Bom)
        bytes.prepend(kBom);
    m_session->replaceText(bytes);
    showMarkers(); // markers follow the text even while it is invalid
}

void JsonTextBinding::showMarkers()
{
    QList<JsonEditor::Marker> markers;
    for (const DocumentProblem &p : m_session->problems()) {
        if (p.position.isValid())
            markers.append({p.position.line, p.position.column, p.severity == Severity::Error, p.message});
    }
    m_editor->setMarkers(markers);
}

} // namespace ucmc
