#pragma once

#include "core/credentialstore.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace ucmc {

// Gets the password for a host's service control: from the session, else the OS keychain, else
// by asking the user, who may store it in the keychain. Never writes a secret anywhere else.
class PasswordProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(std::optional<QString> password)>;

    PasswordProvider(CredentialStore &store, QWidget *dialogParent);

    // Calls `done` once: with the password, or nullopt when the user cancelled.
    void obtain(const CredentialKey &key, Callback done);
    // Asks for a new password (e.g. after "wrong password") and stores it as the user chooses.
    void ask(const CredentialKey &key, const QString &why, Callback done);

signals:
    // A password could not be stored in the keychain (why, translated); it is kept for this session.
    void storeFailed(const QString &message);

private:
    CredentialStore &m_store;
    QWidget *m_dialogParent;
};

} // namespace ucmc
