#pragma once

#include "core/credentialstore.h"
#include "core/hostservicework.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QWidget;

namespace ucmc {

// Gets the password for a host's service control: from the session, else the OS keychain, else
// by asking the user, who may store it in the keychain. Never writes a secret anywhere else.
//
// withPassword() runs an operation with it and learns what the host made of it:
//   - Rejected (a stored or typed password was wrong): the user is asked again, saying so, and the
//     operation runs again with the new one; at most kMaxPrompts prompts per operation, and
//     Cancel stops.
//   - A typed password is kept for this session while it is tried. It goes to the keychain (when
//     the user ticked "Remember") only once a host accepted it; the keychain entry it replaces is
//     not touched before. When the user gives up after a rejection, the session is left as it was
//     before the operation.
class PasswordProvider : public QObject
{
    Q_OBJECT
public:
    // Prompts per operation, at most (the first when nothing is stored, then one per rejection).
    static constexpr int kMaxPrompts = 3;

    using Verdict = HostServiceWork::PasswordVerdict;
    // What the operation made of the password: call it exactly once (Unknown when it never got to
    // log on). It may be called from inside the attempt.
    using Report = std::function<void(Verdict verdict)>;
    // Runs the operation with the password (a copy: wipe it when done).
    using Attempt = std::function<void(const QString &password, Report report)>;
    enum class End {
        Done,       // the last attempt reported Accepted or Unknown
        NoPassword, // the user cancelled the first prompt: the operation never ran
        Rejected,   // the host rejected the password and the user cancelled the prompt (or kMaxPrompts)
    };
    using Ended = std::function<void(End end)>;

    PasswordProvider(CredentialStore &store, QWidget *dialogParent);
    ~PasswordProvider() override;

    // Runs `attempt` with the password (again after each rejection, as above); `ended` once at the
    // end. With a password kept for this session, the first attempt runs before this returns; the
    // prompt after a rejection comes from the event loop.
    void withPassword(const CredentialKey &key, Attempt attempt, Ended ended);

    // "Forget password": the keychain entry and any session copy. The job is the keychain delete
    // (NotFound when only a session copy, or nothing, was there); deleteLater() it when done.
    CredentialJob *forget(const CredentialKey &key);
    // A password is kept for the key: in the keychain (as recorded) or for this session.
    bool hasPassword(const CredentialKey &key) const;

    // The text of the prompt after a rejected password.
    static QString rejectedText(const CredentialKey &key, bool stored);

signals:
    // A password could not be stored in the keychain (why, translated); it is kept for this session.
    void storeFailed(const QString &message);

private:
    struct Run;
    void start(const std::shared_ptr<Run> &run);
    void prompt(const std::shared_ptr<Run> &run, const QString &why);
    void tryPassword(const std::shared_ptr<Run> &run);
    void onVerdict(const std::shared_ptr<Run> &run, Verdict verdict);
    void giveUp(const std::shared_ptr<Run> &run, End end);
    // Stores a password a host accepted in the keychain, when the user asked for that.
    void rememberIfWanted(const CredentialKey &key, const QString &password);

    CredentialStore &m_store;
    QWidget *m_dialogParent;
    // Session copies the user asked to remember: written to the keychain once a host accepted them.
    QSet<CredentialKey> m_rememberWhenAccepted;
    // Keys with a prompt open, and the runs that wait for it (true: a password was entered).
    QHash<CredentialKey, QList<std::function<void(bool entered)>>> m_openPrompts;
};

} // namespace ucmc
