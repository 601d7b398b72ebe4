#include "ui/dialogs.h"

#include <QDialog>
#include <QList>
#include <QPushButton>

namespace ucmc::Dialogs {

namespace {
QList<Button> &pendingAnswers()
{
    static QList<Button> answers;
    return answers;
}

QList<int> &pendingChoices()
{
    static QList<int> choices;
    return choices;
}

QString &lastAnswered()
{
    static QString text;
    return text;
}

std::function<int(QDialog *)> &customHandler()
{
    static std::function<int(QDialog *)> handler;
    return handler;
}

Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
           QMessageBox::StandardButtons buttons, Button defaultButton, const QString &details)
{
    if (!pendingAnswers().isEmpty()) {
        lastAnswered() = title + QLatin1Char('\n') + text;
        return pendingAnswers().takeFirst();
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return Button(box.exec());
}
} // namespace

Button question(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                Button defaultButton, const QString &details)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, details);
}

Button warning(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
               Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton, {});
}

int choice(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
           const QStringList &choices, int defaultIndex, int cancelIndex)
{
    if (!pendingChoices().isEmpty())
        return pendingChoices().takeFirst();
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QMessageBox::ButtonRole role = i == cancelIndex ? QMessageBox::RejectRole : QMessageBox::AcceptRole;
        buttons.append(box.addButton(choices[i], role));
    }
    if (defaultIndex >= 0 && defaultIndex < buttons.size())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons[defaultIndex]));
    if (cancelIndex >= 0 && cancelIndex < buttons.size())
        box.setEscapeButton(buttons[cancelIndex]);
    box.exec();
    const qsizetype chosen = buttons.indexOf(box.clickedButton());
    return chosen < 0 ? cancelIndex : int(chosen);
}

void setNextChoice(int index)
{
    pendingChoices().append(index);
}

void setNextAnswer(Button answer)
{
    pendingAnswers().append(answer);
}

void clearPendingAnswers()
{
    pendingAnswers().clear();
    pendingChoices().clear();
}

void setCustomHandler(std::function<int(QDialog *)> handler)
{
    customHandler() = std::move(handler);
}

int exec(QDialog *dialog)
{
    if (customHandler())
        return customHandler()(dialog);
    return dialog->exec();
}

QString lastAnsweredQuestion()
{
    return lastAnswered();
}

} // namespace ucmc::Dialogs
