#include "ui/passwordprovider.h"

#include "ui/dialogs.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace ucmc {

namespace {
// The dialog is a plain QDialog with named children, so tests can fill it through Dialogs.
QDialog *passwordDialog(const CredentialKey &key, const QString &why, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("passwordDialog"));
    dialog->setWindowTitle(PasswordProvider::tr("Password for %1").arg(key.host));
    auto *layout = new QVBoxLayout(dialog);
    if (!why.isEmpty()) {
        auto *reason = new QLabel(why, dialog);
        reason->setObjectName(QStringLiteral("reason"));
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    auto *form = new QFormLayout;
    form->addRow(PasswordProvider::tr("User:"), new QLabel(key.user, dialog));
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    form->addRow(PasswordProvider::tr("&Password:"), password);
    layout->addLayout(form);
    auto *remember = new QCheckBox(PasswordProvider::tr("&Remember in the system's keychain"), dialog);
    remember->setObjectName(QStringLiteral("remember"));
    remember->setChecked(true);
    layout->addWidget(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}
} // namespace

// One operation's way to a password that works.
struct PasswordProvider::Run
{
    CredentialKey key;
    Attempt attempt;
    Ended ended;
    int prompts = 0;
    bool rejected = false; // a password was rejected in this run
    bool stored = true;    // the password being tried was stored (session, keychain), not typed here
    QString password;      // the one being tried
    // What the session held before this run typed a password: put back when it gives up.
    bool sessionSaved = false;
    std::optional<QString> sessionBefore;
    bool rememberBefore = false;

    ~Run()
    {
        wipeString(password);
        if (sessionBefore)
            wipeString(*sessionBefore);
    }
};

PasswordProvider::PasswordProvider(CredentialStore &store, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_dialogParent(dialogParent)
{
}

PasswordProvider::~PasswordProvider() = default;

QString PasswordProvider::rejectedText(const CredentialKey &key, bool stored)
{
    return stored ? tr("The password stored for %1 on %2 was rejected. Enter it again.").arg(key.user, key.host)
                  : tr("The password entered for %1 on %2 was rejected. Enter it again.").arg(key.user, key.host);
}

void PasswordProvider::withPassword(const CredentialKey &key, Attempt attempt, Ended ended)
{
    auto run = std::make_shared<Run>();
    run->key = key;
    run->attempt = std::move(attempt);
    run->ended = std::move(ended);
    start(run);
}

void PasswordProvider::start(const std::shared_ptr<Run> &run)
{
    if (std::optional<QString> session = m_store.session().value(run->key)) {
        run->password = *session;
        wipeString(*session);
        run->stored = true;
        return tryPassword(run);
    }
    CredentialJob *job = m_store.read(run->key);
    connect(job, &CredentialJob::finished, this, [this, job, run] {
        if (job->ok()) {
            run->password = job->secret();
            job->wipeSecret();
            job->deleteLater();
            run->stored = true;
            return tryPassword(run);
        }
        const QString why = job->problem() == CredentialJob::Problem::NotFound ? QString() : job->errorMessage();
        job->deleteLater();
        prompt(run, why);
    });
}

void PasswordProvider::prompt(const std::shared_ptr<Run> &run, const QString &why)
{
    const End giveUpAs = run->rejected ? End::Rejected : End::NoPassword;
    if (run->prompts >= kMaxPrompts)
        return giveUp(run, giveUpAs);
    const CredentialKey key = run->key;
    if (m_openPrompts.contains(key)) {
        // Another operation asks for this password right now: use what the user enters there.
        m_openPrompts[key].append([this, run, why, giveUpAs](bool entered) {
            if (!entered)
                return giveUp(run, giveUpAs);
            std::optional<QString> session = m_store.session().value(run->key);
            if (!session)
                return prompt(run, why);
            run->password = *session;
            wipeString(*session);
            run->stored = false;
            tryPassword(run);
        });
        return;
    }
    ++run->prompts;
    m_openPrompts.insert(key, {});
    QDialog *dialog = passwordDialog(key, why, m_dialogParent);
    const int result = Dialogs::exec(dialog);
    QString password = dialog->findChild<QLineEdit *>(QStringLiteral("password"))->text();
    const bool remember = dialog->findChild<QCheckBox *>(QStringLiteral("remember"))->isChecked();
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->clear();
    delete dialog;
    const QList<std::function<void(bool)>> waiting = m_openPrompts.take(key);
    if (result != QDialog::Accepted) {
        wipeString(password);
        giveUp(run, giveUpAs);
        for (const auto &waiter : waiting)
            waiter(false);
        return;
    }
    if (!run->sessionSaved) {
        run->sessionSaved = true;
        run->sessionBefore = m_store.session().value(key);
        run->rememberBefore = m_rememberWhenAccepted.contains(key);
    }
    // Kept for this session while it is tried; the keychain only gets it once a host accepted it.
    m_store.keepForSession(key, password);
    if (remember)
        m_rememberWhenAccepted.insert(key);
    else
        m_rememberWhenAccepted.remove(key);
    run->password = password;
    wipeString(password);
    run->stored = false;
    for (const auto &waiter : waiting)
        waiter(true);
    tryPassword(run);
}

void PasswordProvider::tryPassword(const std::shared_ptr<Run> &run)
{
    auto reported = std::make_shared<bool>(false);
    const QPointer<PasswordProvider> self(this);
    Report report = [self, run, reported](Verdict verdict) {
        if (std::exchange(*reported, true) || !self)
            return;
        self->onVerdict(run, verdict);
    };
    QString password = run->password;
    run->attempt(password, std::move(report));
    wipeString(password);
}

void PasswordProvider::onVerdict(const std::shared_ptr<Run> &run, Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        rememberIfWanted(run->key, run->password);
        wipeString(run->password);
        run->ended(End::Done);
        return;
    case Verdict::Unknown:
        wipeString(run->password);
        run->ended(End::Done);
        return;
    case Verdict::Rejected:
        run->rejected = true;
        wipeString(run->password);
        // From the event loop: not inside the operation's callback (its job and connection are
        // being torn down), and not in its modal dialog.
        QTimer::singleShot(0, this, [this, run] { prompt(run, rejectedText(run->key, run->stored)); });
        return;
    }
}

void PasswordProvider::giveUp(const std::shared_ptr<Run> &run, End end)
{
    wipeString(run->password);
    if (run->sessionSaved) {
        // Every password typed in this run was rejected: the session is as it was before.
        if (run->sessionBefore)
            m_store.keepForSession(run->key, *run->sessionBefore);
        else
            m_store.session().clear(run->key);
        if (run->rememberBefore)
            m_rememberWhenAccepted.insert(run->key);
        else
            m_rememberWhenAccepted.remove(run->key);
        run->sessionSaved = false;
    }
    run->ended(end);
}

void PasswordProvider::rememberIfWanted(const CredentialKey &key, const QString &password)
{
    if (!m_rememberWhenAccepted.contains(key))
        return;
    std::optional<QString> current = m_store.session().value(key);
    const bool same = current && *current == password;
    if (current)
        wipeString(*current);
    if (!same)
        return; // another password was entered meanwhile: that one is tried on its own
    m_rememberWhenAccepted.remove(key);
    CredentialJob *job = m_store.write(key, password);
    connect(job, &CredentialJob::finished, this, [this, job] {
        // No keychain: the user is told why, and the session copy stays for this session only.
        if (!job->ok())
            emit storeFailed(job->errorMessage());
        job->deleteLater();
    });
}

CredentialJob *PasswordProvider::forget(const CredentialKey &key)
{
    m_rememberWhenAccepted.remove(key);
    return m_store.remove(key);
}

bool PasswordProvider::hasPassword(const CredentialKey &key) const
{
    return m_store.session().contains(key) || m_store.isStored(key);
}

} // namespace ucmc
