import { Type } from 'typebox';

export const HealthAnswer = Type.Object({ status: Type.Literal('ok'), database: Type.Literal('ok'), dialect: Type.String() });
export const DegradedAnswer = Type.Object({ status: Type.Literal('degraded'), database: Type.Literal('unreachable'), dialect: Type.String() });
