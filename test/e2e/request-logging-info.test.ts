import { describeRequestCorrelation } from '../support/request-correlation.cases.js';

describeRequestCorrelation('info');
