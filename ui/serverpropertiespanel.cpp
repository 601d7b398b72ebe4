#include "ui/serverpropertiespanel.h"

#include "models/mediaserverurl.h"
#include "ui/palettefollower.h"
#include "ui/statuspalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ucmc {

namespace {
constexpr ServerFlag kFlags[3] = {ServerFlag::CandKillIpv6, ServerFlag::CandKillTcp, ServerFlag::CandOnlyTurn};
enum FlagChoice { NotSet = 0, Off = 1, On = 2 };
} // namespace

ServerPropertiesPanel::ServerPropertiesPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_urlFeedback(new QLabel(this))
    , m_encrypted(new QCheckBox(this))
    , m_problems(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
{
    setObjectName(QStringLiteral("serverPropertiesPanel"));
    // A strip under the table, so the table keeps its full width: the entry's address and
    // encryption on the first line, its filter flags and the list buttons on the second.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *first = new QHBoxLayout;
    first->addWidget(m_title);
    first->addSpacing(12);
    first->addWidget(m_urlLabel);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setClearButtonEnabled(true);
    m_url->setMinimumWidth(260);
    m_urlFeedback->setObjectName(QStringLiteral("urlFeedback"));
    first->addWidget(m_url, 2);
    first->addWidget(m_urlFeedback, 1);
    m_encrypted->setObjectName(QStringLiteral("encryptedCheck"));
    first->addWidget(m_encrypted);
    layout->addLayout(first);

    auto *second = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_flagLabels[i] = new QLabel(this);
        m_flags[i] = new QComboBox(this);
        m_flags[i]->setObjectName(QStringLiteral("flag%1").arg(i));
        m_flags[i]->addItems({QString(), QString(), QString()});
        m_flagLabels[i]->setBuddy(m_flags[i]);
        second->addWidget(m_flagLabels[i]);
        second->addWidget(m_flags[i]);
        second->addSpacing(8);
        connect(m_flags[i], &QComboBox::activated, this, [this, i](int choice) {
            if (m_updating || m_index < 0)
                return;
            emit flagEdited(m_index, kFlags[i],
                            choice == NotSet ? std::nullopt : std::optional<bool>(choice == On));
        });
    }
    m_problems->setWordWrap(true);
    const auto applyColors = [this] {
        m_problems->setStyleSheet(
            QStringLiteral("color:%1;").arg(StatusPalette::warningText(palette()).name()));
        if (!m_urlFeedback->text().isEmpty())
            validateUrl(m_url->text()); // its verdict in the colours for the new palette
    };
    applyColors();
    PaletteFollower::follow(this, applyColors);
    second->addWidget(m_problems, 1);
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        second->addWidget(b);
    layout->addLayout(second);

    connect(m_url, &QLineEdit::textEdited, this, &ServerPropertiesPanel::validateUrl);
    connect(m_url, &QLineEdit::editingFinished, this, &ServerPropertiesPanel::commitUrl);
    connect(m_encrypted, &QCheckBox::clicked, this, [this](bool on) {
        if (m_index >= 0)
            emit encryptionToggled(m_index, on);
    });
    connect(m_add, &QPushButton::clicked, this, &ServerPropertiesPanel::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_index); });
    connect(m_up, &QPushButton::clicked, this, [this] { emit moveRequested(m_index, m_index - 1); });
    connect(m_down, &QPushButton::clicked, this, [this] { emit moveRequested(m_index, m_index + 1); });
    retranslate();
    updateEnabled();
}

void ServerPropertiesPanel::retranslate()
{
    m_urlLabel->setText(tr("&URL:"));
    m_urlLabel->setBuddy(m_url);
    m_encrypted->setText(tr("&Encrypted (wss)"));
    m_encrypted->setToolTip(tr("The article: encryption means wss:// on port 8433 instead of ws:// on 8888. The "
                               "media server must be set up for it."));
    const char *names[3] = {"candkillipv6:", "candkilltcp:", "candonlyturn:"};
    for (int i = 0; i < 3; ++i) {
        m_flagLabels[i]->setText(QString::fromLatin1(names[i]));
        m_flags[i]->setItemText(NotSet, tr("not set"));
        m_flags[i]->setItemText(Off, tr("0 (off)"));
        m_flags[i]->setItemText(On, tr("1 (on)"));
    }
    m_add->setText(tr("&Add…"));
    m_remove->setText(tr("&Remove"));
    m_up->setToolTip(tr("Move up: earlier in the round-robin order"));
    m_down->setToolTip(tr("Move down: later in the round-robin order"));
    // Only an icon on the button: a screen reader says this.
    m_up->setAccessibleName(tr("Move Up"));
    m_down->setAccessibleName(tr("Move Down"));
    if (m_index < 0)
        m_title->setText(tr("No media server selected"));
}

void ServerPropertiesPanel::showEntry(const ConfigDocument &document, int index, const QStringList &entryProblems)
{
    m_updating = true;
    const auto &entries = document.entries();
    m_count = int(entries.size());
    m_index = index >= 0 && index < m_count ? index : -1;
    if (m_index < 0) {
        m_title->setText(tr("No media server selected"));
        m_url->clear();
        m_urlFeedback->clear();
        m_encrypted->setChecked(false);
        for (QComboBox *c : m_flags)
            c->setCurrentIndex(NotSet);
        m_problems->clear();
    } else {
        const MediaServerEntry &entry = entries[size_t(m_index)];
        m_title->setText(tr("Media server %1 of %2").arg(m_index + 1).arg(m_count));
        if (!m_url->hasFocus() || m_url->text() != entry.url) {
            m_url->setText(entry.urlIsString ? entry.url : QString());
            validateUrl(m_url->text());
        }
        showChoices(entry);
        m_problems->setText(entryProblems.join(QLatin1Char('\n')));
    }
    m_updating = false;
    updateEnabled();
}

void ServerPropertiesPanel::showChoices(const MediaServerEntry &entry)
{
    m_encrypted->setChecked(entry.hasValidEndpoint() && entry.endpoint.secure);
    m_encrypted->setEnabled(ConfigEditor::canSwitchEncryption(entry));
    for (int i = 0; i < 3; ++i) {
        const FlagValue &flag = flagOf(entry, kFlags[i]);
        int choice = NotSet;
        if (flag.type == FlagValue::Type::Number)
            choice = flag.number != 0 ? On : Off;
        else if (flag.type == FlagValue::Type::Bool)
            choice = flag.boolean ? On : Off;
        m_flags[i]->setCurrentIndex(choice);
        m_flags[i]->setToolTip(flag.isPresent() ? tr("In the file: %1").arg(flag.sourceText)
                                                : tr("Not in the file"));
    }
}

void ServerPropertiesPanel::revertChoices(const ConfigDocument &document)
{
    if (m_index < 0 || size_t(m_index) >= document.entries().size())
        return;
    m_updating = true;
    showChoices(document.entries()[size_t(m_index)]);
    m_updating = false;
    updateEnabled();
}

void ServerPropertiesPanel::setLocked(bool locked)
{
    m_locked = locked;
    updateEnabled();
}

void ServerPropertiesPanel::updateEnabled()
{
    const bool entry = !m_locked && m_index >= 0;
    m_url->setEnabled(entry);
    // The example address only where it helps typing: greyed out it looks like a real server.
    m_url->setPlaceholderText(entry ? QStringLiteral("ws://10.21.3.11:8888/kurento") : QString());
    if (!entry)
        m_encrypted->setEnabled(false);
    for (QComboBox *c : m_flags)
        c->setEnabled(entry);
    m_add->setEnabled(!m_locked);
    m_remove->setEnabled(entry);
    m_up->setEnabled(entry && m_index > 0);
    m_down->setEnabled(entry && m_index + 1 < m_count);
}

void ServerPropertiesPanel::validateUrl(const QString &text)
{
    const auto parsed = MediaServerUrl::parse(text.trimmed());
    if (!parsed) {
        m_urlFeedback->setText(parsed.error().message);
        m_urlFeedback->setStyleSheet(
            QStringLiteral("color:%1;").arg(StatusPalette::errorText(palette()).name()));
    } else if (!parsed.value().isWebSocket()) {
        m_urlFeedback->setText(tr("A media server is reached with ws:// or wss://."));
        m_urlFeedback->setStyleSheet(
            QStringLiteral("color:%1;").arg(StatusPalette::errorText(palette()).name()));
    } else {
        m_urlFeedback->setText(tr("✓ %1, port %2").arg(parsed.value().host).arg(parsed.value().port));
        m_urlFeedback->setStyleSheet(
            QStringLiteral("color:%1;").arg(StatusPalette::successText(palette()).name()));
    }
}

void ServerPropertiesPanel::commitUrl()
{
    if (m_updating || m_index < 0 || !m_url->isModified())
        return;
    m_url->setModified(false);
    emit urlEdited(m_index, m_url->text().trimmed());
}

} // namespace ucmc
