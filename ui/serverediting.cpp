#include "ui/serverediting.h"

#include "ui/addserverdialog.h"
#include "ui/dialogs.h"
#include "core/documentsession.h"

namespace ucmc {

ServerEditing::ServerEditing(DocumentSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

void ServerEditing::addServer()
{
    AddServerDialog dialog(m_dialogParent);
    if (Dialogs::exec(&dialog) == QDialog::Accepted)
        addServerUrl(dialog.url());
}

void ServerEditing::addServerUrl(const QString &url, int index)
{
    if (m_session->apply(ConfigEditor::addServer(m_session->document(), url, index)))
        emit entryToSelect(index == ConfigEditor::AtEnd ? int(m_session->document().entries().size()) - 1 : index);
}

void ServerEditing::removeServer(int index)
{
    m_session->apply(ConfigEditor::removeServer(m_session->document(), index));
    const int count = int(m_session->document().entries().size());
    emit entryToSelect(qMin(index, count - 1));
}

void ServerEditing::moveServer(int from, int to)
{
    const int count = int(m_session->document().entries().size());
    if (to < 0 || to >= count)
        return;
    if (m_session->apply(ConfigEditor::moveServer(m_session->document(), from, to)))
        emit entryToSelect(to);
}

std::optional<PortPolicy> ServerEditing::askPortPolicy(const QStringList &servers, bool encrypted)
{
    if (servers.isEmpty())
        return PortPolicy::KeepCustom;
    const QString target = encrypted ? tr("wss on port 8433") : tr("ws on port 8888");
    const auto answer = Dialogs::question(
        m_dialogParent, tr("Keep the custom port?"),
        tr("%1 does not use the default port. Keep its port, or switch to %2 as the knowledge-base article "
           "describes?")
            .arg(servers.join(QStringLiteral(", ")), target),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
        tr("Yes keeps the port as it is, No uses the default port."));
    if (answer == QMessageBox::Cancel)
        return std::nullopt;
    return answer == QMessageBox::Yes ? PortPolicy::KeepCustom : PortPolicy::UseDefault;
}

void ServerEditing::setEncrypted(int index, bool encrypted)
{
    const auto &entries = m_session->document().entries();
    if (index < 0 || index >= int(entries.size()))
        return;
    const MediaServerEntry &entry = entries[size_t(index)];
    QStringList custom;
    if (ConfigEditor::hasCustomPort(entry) && entry.endpoint.secure != encrypted)
        custom << ConfigEditor::serverName(entry);
    const std::optional<PortPolicy> policy = askPortPolicy(custom, encrypted);
    if (policy)
        m_session->apply(ConfigEditor::setEncrypted(m_session->document(), index, encrypted, *policy));
}

void ServerEditing::setAllEncrypted(bool encrypted)
{
    const ConfigDocument &document = m_session->document();
    QStringList custom;
    for (int i : ConfigEditor::serversWithCustomPort(document, encrypted))
        custom << ConfigEditor::serverName(document.entries()[size_t(i)]);
    const std::optional<PortPolicy> policy = askPortPolicy(custom, encrypted);
    if (policy)
        m_session->apply(ConfigEditor::setAllEncrypted(document, encrypted, *policy));
}

void ServerEditing::setUrl(int index, const QString &url)
{
    m_session->apply(ConfigEditor::setUrl(m_session->document(), index, url));
}

void ServerEditing::setFlag(int index, ServerFlag flag, std::optional<bool> value)
{
    if (value)
        m_session->apply(ConfigEditor::setFlag(m_session->document(), index, flag, *value));
    else
        m_session->apply(ConfigEditor::clearFlag(m_session->document(), index, flag));
}

} // namespace ucmc
