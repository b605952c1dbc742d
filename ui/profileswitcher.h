#pragma once

#include "storage/profilelibrary.h"

#include <QObject>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class MainWindow;

// Named profiles in the window: the switcher in the toolbar, the Profile menu (new, save, save
// as, duplicate, rename, delete, import, export), the last profile at start-up, and a banner
// when the keychain cannot be used.
class ProfileSwitcher : public QObject
{
    Q_OBJECT

public:
    ProfileSwitcher(MainWindow *window, SecretStore *secrets);

    QComboBox *combo() const { return m_combo; }
    QFrame *banner() const { return m_banner; }
    QMenu *menu() const { return m_menu; }
    ProfileLibrary *library() const { return m_library; }
    QString currentId() const { return m_currentId; }
    QString currentName() const;

    // The form no longer belongs to a profile (New, Open).
    void detach();
    // Opens the profile the app had open last time, once the window shows.
    void openLast();

    // Each reports through `finished` when done; the bool says whether it succeeded.
    void open(const QString &id);
    void save();
    void saveAs(const QString &name);
    void duplicate(const QString &name);
    bool rename(const QString &name);
    void remove();
    bool importFile(const QString &path, const QString &name);
    bool exportTo(const QString &path);

signals:
    void finished(bool ok);

private:
    void refreshCombo();
    void showBanner(const QString &problem);
    void saveProfile(Profile profile);
    Profile currentProfile() const;
    void askSaveAs();
    void askDuplicate();
    void askRename();
    void askRemove();
    void askImport();
    void askExport();
    void setCurrent(const QString &id);

    MainWindow *m_window;
    ProfileLibrary *m_library;
    QComboBox *m_combo;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QMenu *m_menu;
    QList<QAction *> m_needsProfile;
    QString m_currentId;
    Profile m_current; // as last loaded or saved, for the fields a save keeps
};
