// blind-expect: none
// Math REPL that applies one of a few permitted libm functions, chosen by the user, to a number.
#include <dlfcn.h>
#include <array>
#include <iostream>
#include <sstream>
#include <string>

using UnaryFn = double (*)(double);

static const std::array<const char *, 5> kAllowed = {"sin", "cos", "sqrt", "log", "exp"};

static const char *allowedName(const std::string &requested) {
    for (const char *name : kAllowed)
        if (requested == name)
            return name;
    return nullptr;
}

int main() {
    void *libm = dlopen("libm.so.6", RTLD_NOW);
    if (!libm) {
        std::cerr << "cannot open libm: " << dlerror() << std::endl;
        return 1;
    }
    std::string line;
    while (std::cout << "fn value> " << std::flush, std::getline(std::cin, line)) {
        std::istringstream in(line);
        std::string fn;
        double x = 0;
        if (!(in >> fn >> x))
            continue;
        const char *sym = allowedName(fn);
        if (sym == nullptr) {
            std::cout << "not allowed: use sin, cos, sqrt, log or exp\n";
            continue;
        }
        UnaryFn f = reinterpret_cast<UnaryFn>(dlsym(libm, sym));
        if (f)
            std::cout << sym << "(" << x << ") = " << f(x) << "\n";
    }
    dlclose(libm);
    return 0;
}
