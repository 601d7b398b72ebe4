#pragma once

#include <QObject>
#include <QTimer>

namespace ucmc {

class DocumentSession;
class JsonEditor;

// Keeps the JSON tab's text and the document in step: the editor shows text, the document keeps
// bytes (BOM and CRLF are the file's, restored on the way back). Typing reaches the document
// after a short pause, as one undo step per burst.
class JsonTextBinding : public QObject
{
    Q_OBJECT
public:
    JsonTextBinding(JsonEditor *editor, QObject *parent = nullptr);

    void setSession(DocumentSession *session);
    // The document changed: show it, unless the user is typing (then the document follows the
    // editor, not the other way round). keepPosition: the editor is visible, keep the cursor.
    void showDocument(bool keepPosition);

    static constexpr int kTypingPauseMs = 300;

private:
    void commit();
    void showMarkers();

    JsonEditor *m_editor;
    DocumentSession *m_session = nullptr;
    QTimer m_typing;
    bool m_showing = false;
};

} // namespace ucmc
