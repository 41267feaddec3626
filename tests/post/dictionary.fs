\ POST: data space words of the C dictionary module (2, SP@ SP! LATEST) and UNUSED
CREATE DT1 1 2 2,
T{ DT1 2@ -> 1 2 }T
T{ DT1 @ -> 2 }T
E{ 1 2, }E -4
T{ SP@ -> 0 }T
T{ 1 2 SP@ -> 1 2 2 }T
T{ 1 2 3 1 SP! -> 1 }T
T{ 5 0 SP! -> }T
E{ 1 5 SP! }E -4
E{ -1 SP! }E -4
: DT-NEWEST ;
T{ LATEST -> ' DT-NEWEST }T
T{ LATEST >NAME COUNT S" DT-NEWEST" COMPARE -> 0 }T
T{ UNUSED 0> -> -1 }T
T{ UNUSED 100 ALLOT UNUSED - -> 100 }T
T{ UNUSED HERE + UNUSED HERE + = -> -1 }T
