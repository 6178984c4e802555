#include "MainWindow.h"

#include <QLabel>

namespace postel {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Postel"));
    setCentralWidget(new QLabel(tr("Postel"), this));
    resize(1000, 700);
}

} // namespace postel
