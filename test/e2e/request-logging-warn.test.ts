import { describeRequestCorrelation } from '../support/request-correlation.cases.js';

describeRequestCorrelation('warn');
