#include "ui/saveflow.h"

#include "core/documentsession.h"
#include "core/sitesession.h"
#include "models/unifieddiff.h"
#include "ui/dialogs.h"
#include "ui/diffdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

SaveFlow::SaveFlow(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
}

void SaveFlow::setSession(SiteSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_afterSave = {};
    if (session)
        connect(session, &SiteSession::saveFinished, this, &SaveFlow::onFinished);
}

bool SaveFlow::isSaving() const
{
    return m_reading || (m_session && m_session->isWriting());
}

bool SaveFlow::save()
{
    return m_session && saveTo(m_session->document()->path(), false);
}

bool SaveFlow::saveAs()
{
    if (!m_session)
        return false;
    const QString suggestion = m_session->document()->path();
    const QString path = m_pathProvider
                             ? m_pathProvider(suggestion)
                             : QFileDialog::getSaveFileName(m_dialogParent, tr("Save eucwebconfig.json As"), suggestion,
                                                            tr("JSON configuration (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    return saveTo(path, QFileInfo(path).absoluteFilePath()
                            != QFileInfo(m_session->document()->path()).absoluteFilePath());
}

void SaveFlow::confirmDiscardOrSave(const std::function<void()> &proceed)
{
    if (!m_session || !m_session->document()->isModified())
        return proceed();
    if (isSaving())
        return; // asked again while the save it asked for runs: that one decides
    const auto answer = Dialogs::question(
        m_dialogParent, tr("Unsaved changes"),
        tr("The media server list has changes that are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return proceed();
    if (answer == QMessageBox::Save && save())
        m_afterSave = proceed; // once saved; dropped when the review is cancelled or the save fails
}

void SaveFlow::confirmDiscard(const std::function<void()> &proceed)
{
    if (!m_session || !m_session->document()->isModified() || isSaving())
        return;
    const auto answer = Dialogs::question(
        m_dialogParent, tr("Discard changes"),
        tr("Throw away the edits that are not saved? The media server list is read again from disk."),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        proceed();
}

bool SaveFlow::saveTo(const QString &path, bool newFile)
{
    if (path.isEmpty() || isSaving())
        return false;
    if (m_session->document()->hasErrors()) {
        emit failed(tr("Not saved: the list has errors. Fix the problems marked as errors first."), false);
        return false;
    }
    // The review shows the file as it is now; a share that is gone must not freeze the window.
    m_reading = true;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, newFile] {
        watcher->deleteLater();
        review(path, newFile, watcher->result());
        m_reading = false;
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QFile current(path);
        return current.open(QIODevice::ReadOnly) ? current.readAll() : QByteArray();
    }));
    return true;
}

void SaveFlow::review(const QString &path, bool newFile, const QByteArray &onDisk)
{
    if (!m_session)
        return;
    const QString name = QFileInfo(path).fileName();
    const QByteArray &newBytes = m_session->document()->document().bytes();
    DiffDialog review(tr("Review Changes"),
                      tr("These lines of %1 change (the file on disk against what will be written). A backup of "
                         "the current file is written first.")
                          .arg(QDir::toNativeSeparators(path)),
                      UnifiedDiff::format(onDisk, newBytes, QStringLiteral("a/") + name, QStringLiteral("b/") + name),
                      tr("Save"), m_dialogParent);
    if (Dialogs::exec(&review) != QDialog::Accepted || !m_session) {
        m_afterSave = {};
        return;
    }
    m_request = SaveRequest{};
    m_request.path = path;
    m_request.document = m_session->document()->document();
    // Save As onto another file: that file's current content is what the user just reviewed.
    m_request.loadedHash = newFile ? ConfigWriter::hashOf(onDisk) : m_session->document()->loadedHash();
    m_request.overwriteChanges = newFile;
    if (!m_session->save(m_request))
        m_afterSave = {};
}

void SaveFlow::onFinished(const Result<SaveReport, SaveProblem> &result)
{
    std::function<void()> after = std::exchange(m_afterSave, {});
    if (!result && result.error().code == SaveProblem::ChangedOnDisk) {
        enum { Overwrite, Reload, Cancel };
        const int answer = Dialogs::choice(
            m_dialogParent, QMessageBox::Warning, tr("The file changed on disk"),
            tr("%1 was changed by someone else since it was opened. Overwrite it with your version (the other "
               "version is kept as a backup), or reload it and lose your edits?")
                .arg(QDir::toNativeSeparators(m_request.path)),
            {tr("Overwrite"), tr("Reload and Discard My Edits"), tr("Cancel")}, Cancel, Cancel);
        if (answer == Reload) {
            emit reloadRequested();
        } else if (answer == Overwrite && m_session) {
            m_request.overwriteChanges = true;
            if (m_session->save(m_request))
                m_afterSave = std::move(after);
        }
        return;
    }
    if (!result) {
        emit failed(result.error().message, result.error().code != SaveProblem::DocumentHasErrors);
        return;
    }
    emit saved(result.value());
    if (after)
        after();
}

} // namespace ucmc
