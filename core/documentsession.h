#pragma once

#include "models/configdocument.h"
#include "models/configeditor.h"
#include "models/documentproblem.h"

#include <QObject>
#include <QUndoStack>

#include <vector>

namespace ucmc {

// The one source of truth while a file is open: the document (bytes and what they mean), its
// problems, what is on disk, and the undo stack every view's edits go through.
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);

    // A freshly read file: no history, not modified.
    void load(const QString &path, const QByteArray &bytes);
    // After a successful save: the disk now holds the current bytes.
    void markSaved(const QString &path, const QByteArray &savedHash);
    void clear();

    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    const ConfigDocument &document() const { return m_document; }
    const std::vector<DocumentProblem> &problems() const { return m_problems; }
    bool hasErrors() const;
    // The bytes differ from what was loaded or last saved.
    bool isModified() const;
    // SHA-256 of the bytes on disk when they were loaded or saved (to detect changes behind us).
    QByteArray loadedHash() const { return m_loadedHash; }
    const QByteArray &loadedBytes() const { return m_loadedBytes; }
    QUndoStack *undoStack() { return &m_undo; }

    // Applies an edit as one undo step. NoChange is silently ignored; other refusals are
    // reported through editRefused() and change nothing. Returns whether the document changed.
    bool apply(const EditResult &edit);
    // The raw editor's text. Consecutive typing merges into one undo step.
    void replaceText(const QByteArray &bytes);

signals:
    void documentChanged();
    void modifiedChanged(bool modified);
    void editRefused(const QString &message);

private:
    friend class DocumentCommand;
    void setDocument(const ConfigDocument &document);

    QString m_path;
    ConfigDocument m_document;
    std::vector<DocumentProblem> m_problems;
    QByteArray m_loadedBytes;
    QByteArray m_loadedHash;
    bool m_wasModified = false;
    QUndoStack m_undo;
};

} // namespace ucmc
