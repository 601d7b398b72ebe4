#include "ui/passwordprovider.h"

#include "ui/dialogs.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

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

PasswordProvider::PasswordProvider(CredentialStore &store, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_dialogParent(dialogParent)
{
}

void PasswordProvider::obtain(const CredentialKey &key, Callback done)
{
    if (const std::optional<QString> session = m_store.session().value(key))
        return done(session);
    CredentialJob *job = m_store.read(key);
    connect(job, &CredentialJob::finished, this, [this, job, key, done] {
        if (job->ok()) {
            const QString secret = job->secret();
            job->wipeSecret();
            job->deleteLater();
            return done(secret);
        }
        const QString why = job->problem() == CredentialJob::Problem::NotFound
                                ? QString()
                                : job->errorMessage();
        job->deleteLater();
        ask(key, why, done);
    });
}

void PasswordProvider::ask(const CredentialKey &key, const QString &why, Callback done)
{
    QDialog *dialog = passwordDialog(key, why, m_dialogParent);
    const int result = Dialogs::exec(dialog);
    QString password = dialog->findChild<QLineEdit *>(QStringLiteral("password"))->text();
    const bool remember = dialog->findChild<QCheckBox *>(QStringLiteral("remember"))->isChecked();
    delete dialog;
    if (result != QDialog::Accepted) {
        wipeString(password);
        return done(std::nullopt);
    }
    if (!remember) {
        m_store.keepForSession(key, password);
        return done(password);
    }
    CredentialJob *job = m_store.write(key, password);
    connect(job, &CredentialJob::finished, this, [this, job, key, password, done]() mutable {
        if (!job->ok()) {
            // No keychain: the user is told why, and the password lives for this session only.
            m_store.keepForSession(key, password);
            emit storeFailed(job->errorMessage());
        }
        job->deleteLater();
        done(password);
        wipeString(password);
    });
}

} // namespace ucmc
