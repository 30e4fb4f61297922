import { Global, Module } from '@nestjs/common';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { MetricsController } from './metrics.controller.js';
import { metricProviders } from './metrics.providers.js';

/**
 * One registry per process (prom-client's default), scraped at /api/metrics on the api port
 * and on the worker's health port.
 */
@Global()
@Module({
  imports: [
    PrometheusModule.register({
      controller: MetricsController,
      path: '/metrics',
      defaultMetrics: { enabled: true },
    }),
  ],
  providers: metricProviders,
  exports: [...metricProviders],
})
export class MetricsModule {}
