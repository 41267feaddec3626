\ The ledger: a program over four files that runs the same hosted and from StarKernel's boot disk.
\ main.fs includes config.fs and account.fs; account.fs includes money.fs. The folder is flat because the kernel's
\ boot disk is one flat folder. Hosted: starforth examples/ledger/main.fs; StarKernel: src/StarKernel/boot.sh --files examples/ledger (boot.fs)
INCLUDE config.fs
INCLUDE account.fs
.HEADER
S" alice" NEW-ACCOUNT CONSTANT ALICE
S" bob" NEW-ACCOUNT CONSTANT BOB
12050 ALICE DEPOSIT   2500 BOB DEPOSIT   1999 ALICE WITHDRAW
ALICE BALANCE 10 PERCENT BOB DEPOSIT            \ bob gets a tenth of alice's balance
ALICE .ACCOUNT   BOB .ACCOUNT
\ A refused amount: ABORT" inside the ledger, caught here.
: TRY-DEPOSIT ( n account -- ) ['] DEPOSIT CATCH IF 2DROP ." refused" CR THEN ;
-5 ALICE TRY-DEPOSIT
\ The helper lives in the ledger's private word list, not in the search order.
S" CHECK-AMOUNT" LEDGER-PRIVATE SEARCH-WORDLIST NIP .   [DEFINED] CHECK-AMOUNT . CR
ALICE CLOSE-ACCOUNT   BOB CLOSE-ACCOUNT
