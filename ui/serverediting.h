#pragma once

#include "models/configeditor.h"

#include <QObject>

#include <optional>

class QWidget;

namespace ucmc {

class DocumentSession;

// Turns what the user asks for in any view (table panel, overview, menus) into edits of the
// document, asking first where the article leaves a choice (a custom port when switching
// encryption). Every edit is one undo step of the session.
class ServerEditing : public QObject
{
    Q_OBJECT
public:
    ServerEditing(DocumentSession *session, QWidget *dialogParent);
    // The document of the site now open.
    void setSession(DocumentSession *session) { m_session = session; }

    void addServer();                                   // asks for the address
    void addServerUrl(const QString &url, int index = ConfigEditor::AtEnd);
    void removeServer(int index);
    void moveServer(int from, int to);
    void setEncrypted(int index, bool encrypted);
    void setAllEncrypted(bool encrypted);
    void setUrl(int index, const QString &url);
    void setFlag(int index, ServerFlag flag, std::optional<bool> value);

signals:
    // The entry a view should select after an edit (the added or moved one).
    void entryToSelect(int index);

private:
    std::optional<PortPolicy> askPortPolicy(const QStringList &servers, bool encrypted);

    DocumentSession *m_session;
    QWidget *m_dialogParent;
};

} // namespace ucmc
