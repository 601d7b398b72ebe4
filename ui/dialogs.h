#pragma once

#include <QMessageBox>

#include <functional>

namespace ucmc {

// Modal questions go through here so tests can answer them in advance (a modal box would block
// a test forever), the way KeePassXC's MessageBox does it.
namespace Dialogs {
using Button = QMessageBox::StandardButton;

// Asks the user; the first button in `buttons` order that is `defaultButton` is the default.
Button question(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                Button defaultButton, const QString &details = {});
Button warning(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
               Button defaultButton);

// Offers choices with their own labels; returns the index of the chosen one (`cancelIndex` when
// the box is closed).
int choice(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
           const QStringList &choices, int defaultIndex, int cancelIndex);

// For tests: the next question is answered with `answer` without showing anything.
void setNextAnswer(Button answer);
// For tests: the next choice() returns `index` without showing anything.
void setNextChoice(int index);
// For tests: the title and text of the last question answered in advance (what the user would
// have read).
QString lastAnsweredQuestion();
// For tests: forgets answers given in advance that were not used.
void clearPendingAnswers();
// For tests: every dialog that is not a QMessageBox (diff, file chooser) is answered by `handler`.
void setCustomHandler(std::function<int(QDialog *)> handler);
// Runs a dialog modally, or hands it to the test's handler. Returns the dialog's result code.
int exec(QDialog *dialog);
} // namespace Dialogs

} // namespace ucmc
