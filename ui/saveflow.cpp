#include "ui/saveflow.h"

#include "models/unifieddiff.h"
#include "ui/dialogs.h"
#include "ui/diffdialog.h"
#include "ui/documentsession.h"

#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

SaveFlow::SaveFlow(DocumentSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

bool SaveFlow::save()
{
    return saveTo(m_session->path(), false);
}

bool SaveFlow::saveAs()
{
    const QString suggestion = m_session->path();
    const QString path = m_pathProvider
                             ? m_pathProvider(suggestion)
                             : QFileDialog::getSaveFileName(m_dialogParent, tr("Save eucwebconfig.json As"), suggestion,
                                                            tr("JSON configuration (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    return saveTo(path, QFileInfo(path).absoluteFilePath() != QFileInfo(m_session->path()).absoluteFilePath());
}

bool SaveFlow::confirmDiscardOrSave()
{
    if (!m_session->isModified())
        return true;
    const auto answer = Dialogs::question(
        m_dialogParent, tr("Unsaved changes"),
        tr("The media server list has changes that are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

Result<SaveReport, SaveProblem> SaveFlow::runSave(const SaveRequest &request)
{
    // The write happens off the GUI thread (a share that is gone can take long to say so); the
    // window keeps painting meanwhile.
    m_saving = true;
    emit savingChanged(true);
    QFutureWatcher<Result<SaveReport, SaveProblem>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([request] { return ConfigWriter::save(request); }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    m_saving = false;
    emit savingChanged(false);
    return watcher.result();
}

bool SaveFlow::saveTo(const QString &path, bool newFile)
{
    if (path.isEmpty() || m_saving)
        return false;
    if (m_session->hasErrors()) {
        emit failed(tr("Not saved: the list has errors. Fix the problems marked as errors first."), false);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    QByteArray onDisk;
    QFile current(path);
    if (current.open(QIODevice::ReadOnly))
        onDisk = current.readAll();
    const QByteArray &newBytes = m_session->document().bytes();
    DiffDialog review(tr("Review Changes"),
                      tr("These lines of %1 change (the file on disk against what will be written). A backup of "
                         "the current file is written first.")
                          .arg(QDir::toNativeSeparators(path)),
                      UnifiedDiff::format(onDisk, newBytes, QStringLiteral("a/") + name, QStringLiteral("b/") + name),
                      tr("Save"), m_dialogParent);
    if (Dialogs::exec(&review) != QDialog::Accepted)
        return false;

    SaveRequest request;
    request.path = path;
    request.document = m_session->document();
    // Save As onto another file: that file's current content is what the user just reviewed.
    request.loadedHash = newFile ? ConfigWriter::hashOf(onDisk) : m_session->loadedHash();
    request.overwriteChanges = newFile;
    auto result = runSave(request);
    if (!result && result.error().code == SaveProblem::ChangedOnDisk) {
        enum { Overwrite, Reload, Cancel };
        const int answer = Dialogs::choice(
            m_dialogParent, QMessageBox::Warning, tr("The file changed on disk"),
            tr("%1 was changed by someone else since it was opened. Overwrite it with your version (the other "
               "version is kept as a backup), or reload it and lose your edits?")
                .arg(QDir::toNativeSeparators(path)),
            {tr("Overwrite"), tr("Reload and Discard My Edits"), tr("Cancel")}, Cancel, Cancel);
        if (answer == Reload) {
            emit reloadRequested();
            return false;
        }
        if (answer != Overwrite)
            return false;
        request.overwriteChanges = true;
        result = runSave(request);
    }
    if (!result) {
        emit failed(result.error().message, result.error().code != SaveProblem::DocumentHasErrors);
        return false;
    }
    m_session->markSaved(result.value().path, result.value().savedHash);
    emit saved(result.value());
    return true;
}

} // namespace ucmc
