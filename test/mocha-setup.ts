import { RuleTester } from '@typescript-eslint/rule-tester';
import * as mocha from 'mocha';

// RuleTester runs under mocha's bdd interface (Rule_Tester docs, "Mocha").
RuleTester.afterAll = mocha.after;
RuleTester.describe = mocha.describe;
RuleTester.it = mocha.it;
RuleTester.itOnly = mocha.it.only;
