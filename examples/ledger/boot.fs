\ StarKernel runs boot.fs from its boot disk: the ledger, as `starforth main.fs` runs it hosted.
INCLUDE main.fs
