/* Qt's QObject hooks (qtHookData) for assist_desk.devtools.thread_guard.
 *
 * Written in C, not as ctypes callbacks, because a ctypes callback takes the
 * GIL before anything else: Qt calls these hooks on its own threads while
 * holding its own locks (a starting QThread makes its event dispatcher under
 * the thread's mutex), and waiting for the GIL there deadlocks with a GUI
 * thread that holds the GIL and waits for that mutex. Here, the creation hook
 * calls into Python only when its thread already holds the GIL (Python code
 * on that thread made the object), and the destruction hook only for an
 * object of the GUI thread destroyed on a thread that Python knows.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>

typedef void (*Hook)(void *);
typedef void *(*ObjectThread)(void *);

static pthread_t gui_thread;
static void *gui_qthread;
static ObjectThread object_thread;
static PyObject *report_callback;
static Hook previous_add, previous_remove;

static void report(int destroyed)
{
    PyGILState_STATE gil = PyGILState_Ensure();
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback); /* e.g. a collection during an exception */
    PyObject *result = PyObject_CallFunction(report_callback, "i", destroyed);
    if (result == NULL)
        PyErr_WriteUnraisable(report_callback);
    Py_XDECREF(result);
    PyErr_Restore(type, value, traceback);
    PyGILState_Release(gil);
}

static void added(void *object)
{
    if (previous_add)
        previous_add(object);
    if (pthread_equal(pthread_self(), gui_thread) || !PyGILState_Check())
        return;
    report(0);
}

static void removed(void *object)
{
    if (previous_remove)
        previous_remove(object);
    if (pthread_equal(pthread_self(), gui_thread) || object_thread(object) != gui_qthread)
        return; /* destroyed where it lives */
    /* PySide lets the GIL go while a C++ destructor runs, so the test here is
     * "a thread Python knows", not "holding the GIL". No Qt lock is held yet at
     * this point of ~QObject, so taking the GIL cannot deadlock with Qt. */
    if (PyGILState_GetThisThreadState() == NULL)
        return;
    report(1);
}

/* Called from Python (ctypes.PyDLL, GIL held) on the GUI thread. */
int thread_guard_install(PyObject *callback, void **hook_data, void *qthread_of_object,
                         void *current_qthread)
{
    Py_XINCREF(callback);
    Py_XDECREF(report_callback);
    report_callback = callback;
    gui_thread = pthread_self();
    gui_qthread = current_qthread;
    object_thread = (ObjectThread)qthread_of_object;
    previous_add = (Hook)hook_data[3];
    previous_remove = (Hook)hook_data[4];
    hook_data[3] = (void *)added;
    hook_data[4] = (void *)removed;
    return 0;
}

void thread_guard_uninstall(void **hook_data)
{
    if (hook_data[3] == (void *)added)
        hook_data[3] = (void *)previous_add;
    if (hook_data[4] == (void *)removed)
        hook_data[4] = (void *)previous_remove;
}
