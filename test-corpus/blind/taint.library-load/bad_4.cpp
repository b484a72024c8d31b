// blind-expect: taint.library-load
// Math REPL that looks up the function typed by the user in libm and applies it to a number.
#include <dlfcn.h>
#include <iostream>
#include <sstream>
#include <string>

using UnaryFn = double (*)(double);

int main() {
    void *libm = dlopen("libm.so.6", RTLD_NOW);
    if (!libm) {
        std::cerr << "cannot open libm: " << dlerror() << std::endl;
        return 1;
    }
    auto resolve = [libm](const std::string &name) -> UnaryFn {
        return reinterpret_cast<UnaryFn>(dlsym(libm, name.c_str()));
    };

    std::string line;
    std::cout << "fn value> " << std::flush;
    while (std::getline(std::cin, line)) {
        std::istringstream in(line);
        std::string fn;
        double x = 0;
        if (in >> fn >> x) {
            UnaryFn f = resolve(fn);
            if (f)
                std::cout << fn << "(" << x << ") = " << f(x) << "\n";
            else
                std::cout << "unknown function " << fn << "\n";
        }
        std::cout << "fn value> " << std::flush;
    }
    dlclose(libm);
    return 0;
}
