"""The stateful stack: network, database, buckets, secrets, the data key and the alarm topic.

Everything here outlives deployments of the code, so the stack has termination protection and its
stores are retained (or snapshotted) if they are ever removed from the template.
"""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from constructs import Construct

from infra.config import DeployConfig
from infra.constructs.python_function import DatabaseAccess, FunctionDefaults
from infra.nag import acknowledge

APP_SUBNETS = "app"  # Lambda functions, interface endpoints
DATA_SUBNETS = "data"  # Aurora, RDS Proxy
PUBLIC_SUBNETS = "public"  # only when NAT gateways are enabled
IMPORTS_PREFIX = "imports/"
# A literal rather than the VPC's CidrBlock attribute, so that rules built from it stay readable
# (and checkable by cdk-nag) in the template.
VPC_CIDR = "10.40.0.0/16"
OWNER_USERNAME = "cashpilot_owner"
APP_USERNAME = "cashpilot_app"  # = Settings.db_app_role; the migration creates this role


class DataStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, config: DeployConfig, **kwargs) -> None:
        super().__init__(scope, construct_id, termination_protection=True, **kwargs)
        self.config = config

        self.key = kms.Key(
            self,
            "DataKey",
            alias=f"alias/{config.prefix}/data",
            description="CashPilot data at rest: database storage, buckets, alarm topic",
            enable_key_rotation=True,
            removal_policy=RemovalPolicy.RETAIN,
        )
        # CloudWatch alarms publish to the encrypted alarm topic as the CloudWatch service, which
        # needs to use the key for that (an AWS-managed SNS key would not allow it).
        self.key.add_to_resource_policy(
            iam.PolicyStatement(
                principals=[iam.ServicePrincipal("cloudwatch.amazonaws.com")],
                actions=["kms:Decrypt", "kms:GenerateDataKey"],
                resources=["*"],  # in a key policy "*" means this key
                conditions={"StringEquals": {"aws:SourceAccount": self.account}},
            )
        )

        self._network()
        self._alarm_topic()
        self._database()
        self._buckets()

        self.jwt_secret = secretsmanager.Secret(
            self,
            "JwtSigningKey",
            secret_name=f"{config.prefix}/jwt-signing-key",
            description="HMAC key that signs CashPilot access tokens",
            generate_secret_string=secretsmanager.SecretStringGenerator(password_length=64, exclude_punctuation=True),
            removal_policy=RemovalPolicy.RETAIN,
        )
        # Rotating the signing key invalidates every access token in flight; it needs a key set
        # (current + previous) in cashpilot.adapters.tokens first.
        acknowledge(
            self.jwt_secret,
            "AwsSolutions-SMG4",
            "JWT signing key: rotation needs key-set support in the token adapter (planned); until "
            "then it is rotated by hand with a deploy.",
        )

        self.database_access = DatabaseAccess(
            proxy_endpoint=self.proxy.endpoint,
            database_name=config.database_name,
            app_secret=self.app_secret,
            owner_secret=self.owner_secret,
        )

    # ----------------------------------------------------------------------------------------------

    def _network(self) -> None:
        cfg = self.config
        with_nat = cfg.nat_gateways > 0
        # Public subnets come last so that enabling NAT later adds CIDR blocks instead of moving
        # the existing subnets (which would replace the database's subnet group).
        subnets = [
            ec2.SubnetConfiguration(
                name=APP_SUBNETS,
                subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS if with_nat else ec2.SubnetType.PRIVATE_ISOLATED,
                cidr_mask=20,
            ),
            ec2.SubnetConfiguration(name=DATA_SUBNETS, subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=22),
        ]
        if with_nat:
            subnets.append(
                ec2.SubnetConfiguration(name=PUBLIC_SUBNETS, subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24)
            )
        flow_logs = logs.LogGroup(self, "FlowLogs", retention=logs.RetentionDays.ONE_MONTH)
        az_settings: dict = {"availability_zones": cfg.availability_zones} if cfg.availability_zones else {"max_azs": 2}
        self.vpc = ec2.Vpc(
            self,
            "Vpc",
            ip_addresses=ec2.IpAddresses.cidr(VPC_CIDR),
            nat_gateways=cfg.nat_gateways,
            subnet_configuration=subnets,
            # Nothing uses the default security group; CDK strips its rules so nothing can.
            restrict_default_security_group=True,
            flow_logs={
                "All": ec2.FlowLogOptions(
                    destination=ec2.FlowLogDestination.to_cloud_watch_logs(flow_logs),
                    traffic_type=ec2.FlowLogTrafficType.ALL,
                )
            },
            **az_settings,
        )
        self.app_subnets = ec2.SubnetSelection(subnet_group_name=APP_SUBNETS)
        self.data_subnets = ec2.SubnetSelection(subnet_group_name=DATA_SUBNETS)

        # Without NAT, these endpoints are the functions' only way out of the VPC.
        self.vpc.add_gateway_endpoint(
            "S3Endpoint",
            service=ec2.GatewayVpcEndpointAwsService.S3,
            subnets=[self.app_subnets, self.data_subnets],
        )
        interface_endpoints = {
            "SecretsManagerEndpoint": ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
            "StepFunctionsEndpoint": ec2.InterfaceVpcEndpointAwsService.STEP_FUNCTIONS,
            # The API function invokes the forecast function synchronously (on-demand forecasts and
            # scenario simulations): without NAT, the Lambda API is reachable only through this.
            "LambdaEndpoint": ec2.InterfaceVpcEndpointAwsService.LAMBDA_,
        }
        if cfg.ses_vpc_endpoint:
            # The SES API (not SMTP): the notify and scheduler functions send mail with it.
            interface_endpoints["SesEndpoint"] = ec2.InterfaceVpcEndpointAwsService.EMAIL
        # HTTPS from inside the VPC: functions, the proxy (it fetches its secrets) and the secret
        # rotation functions, whose security groups CDK creates.
        self.endpoints_sg = ec2.SecurityGroup(
            self,
            "EndpointsSecurityGroup",
            vpc=self.vpc,
            description="CashPilot interface endpoints",
            allow_all_outbound=False,
        )
        self.endpoints_sg.add_ingress_rule(ec2.Peer.ipv4(VPC_CIDR), ec2.Port.tcp(443), "HTTPS from the VPC")
        for endpoint_id, service in interface_endpoints.items():
            self.vpc.add_interface_endpoint(
                endpoint_id,
                service=service,
                subnets=self.app_subnets,
                security_groups=[self.endpoints_sg],
                open=False,
            )

        # One group for every function: it may reach the proxy and HTTPS (endpoints, S3, and the
        # internet only when NAT is enabled); nothing may reach it.
        self.functions_sg = ec2.SecurityGroup(
            self,
            "FunctionsSecurityGroup",
            vpc=self.vpc,
            description="CashPilot Lambda functions",
            allow_all_outbound=False,
        )
        self.functions_sg.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "HTTPS to AWS APIs")
        self.proxy_sg = ec2.SecurityGroup(
            self, "ProxySecurityGroup", vpc=self.vpc, description="CashPilot RDS Proxy", allow_all_outbound=False
        )
        self.database_sg = ec2.SecurityGroup(
            self, "DatabaseSecurityGroup", vpc=self.vpc, description="CashPilot Aurora", allow_all_outbound=False
        )

    def _alarm_topic(self) -> None:
        self.alarm_topic = sns.Topic(
            self,
            "AlarmTopic",
            display_name="CashPilot alarms",
            master_key=self.key,
            enforce_ssl=True,
        )
        if self.config.alarm_email:
            self.alarm_topic.add_subscription(subscriptions.EmailSubscription(self.config.alarm_email))

    def _database(self) -> None:
        cfg = self.config
        cluster_identifier = cfg.prefix
        # Created here rather than by RDS so that it has a retention (and no custom resource is
        # needed to set one).
        postgres_logs = logs.LogGroup(
            self,
            "DatabaseLogs",
            log_group_name=f"/aws/rds/cluster/{cluster_identifier}/postgresql",
            retention=logs.RetentionDays.ONE_MONTH,
            removal_policy=RemovalPolicy.RETAIN,
        )
        engine = rds.DatabaseClusterEngine.aurora_postgres(
            version=rds.AuroraPostgresEngineVersion.of(
                cfg.aurora_engine_version, cfg.aurora_engine_version.split(".")[0]
            )
        )
        readers = [
            rds.ClusterInstance.serverless_v2(f"reader{i + 1}", scale_with_writer=True)
            for i in range(cfg.aurora_readers)
        ]
        self.cluster = rds.DatabaseCluster(
            self,
            "Database",
            cluster_identifier=cluster_identifier,
            engine=engine,
            writer=rds.ClusterInstance.serverless_v2("writer"),
            readers=readers,
            serverless_v2_min_capacity=cfg.aurora_min_acu,
            serverless_v2_max_capacity=cfg.aurora_max_acu,
            vpc=self.vpc,
            vpc_subnets=self.data_subnets,
            security_groups=[self.database_sg],
            credentials=rds.Credentials.from_generated_secret(OWNER_USERNAME, secret_name=f"{cfg.prefix}/db/owner"),
            default_database_name=cfg.database_name,
            storage_encrypted=True,
            storage_encryption_key=self.key,
            # Windows (UTC) kept clear of the nightly scoring at 02:00 and of the digest runs, which
            # fill Sunday and Monday.
            backup=rds.BackupProps(retention=Duration.days(cfg.backup_retention_days), preferred_window="00:30-01:30"),
            preferred_maintenance_window="sat:03:30-sat:04:30",
            deletion_protection=True,
            removal_policy=RemovalPolicy.SNAPSHOT,
            copy_tags_to_snapshot=True,
            # Unused by the app (passwords via the proxy); lets operators connect with short-lived
            # IAM tokens instead of reading the owner password.
            iam_authentication=True,
            cloudwatch_logs_exports=["postgresql"],
            parameters={"rds.force_ssl": "1"},
        )
        self.cluster.node.add_dependency(postgres_logs)
        self.owner_secret: secretsmanager.ISecret = self.cluster.secret

        # The app role's own credentials: attached to the cluster so the secret carries host/port
        # (RDS-style JSON, as cashpilot.adapters.db.urls expects); the migration creates the role
        # with this password.
        app_secret = rds.DatabaseSecret(
            self,
            "AppSecret",
            username=APP_USERNAME,
            dbname=cfg.database_name,
            secret_name=f"{cfg.prefix}/db/app",
        )
        self.app_secret: secretsmanager.ISecret = app_secret.attach(self.cluster)

        self.proxy = rds.DatabaseProxy(
            self,
            "Proxy",
            proxy_target=rds.ProxyTarget.from_cluster(self.cluster),
            secrets=[self.owner_secret, self.app_secret],
            vpc=self.vpc,
            vpc_subnets=self.data_subnets,
            security_groups=[self.proxy_sg],
            db_proxy_name=cfg.prefix,
            require_tls=True,
            iam_auth=False,
            idle_client_timeout=Duration.minutes(30),
            max_connections_percent=90,
        )
        self.proxy_sg.add_ingress_rule(self.functions_sg, ec2.Port.tcp(5432), "functions to proxy")
        self.functions_sg.add_egress_rule(self.proxy_sg, ec2.Port.tcp(5432), "functions to proxy")
        # Proxy -> cluster rules are added by DatabaseProxy itself (repeating them would make
        # CloudFormation reject a duplicate rule).
        # The proxy reads its credentials from Secrets Manager, through the interface endpoint.
        self.proxy_sg.add_egress_rule(ec2.Peer.ipv4(VPC_CIDR), ec2.Port.tcp(443), "proxy to Secrets Manager endpoint")

        if cfg.db_secret_rotation_days > 0:
            every = Duration.days(cfg.db_secret_rotation_days)
            # Single-user rotation: each role changes its own password, so the app role keeps its
            # name (RLS policies and grants refer to it) and the proxy picks the new value up.
            self.cluster.add_rotation_single_user(automatically_after=every, vpc_subnets=self.app_subnets)
            secretsmanager.SecretRotation(
                self,
                "AppSecretRotation",
                application=secretsmanager.SecretRotationApplication.POSTGRES_ROTATION_SINGLE_USER,
                secret=self.app_secret,
                target=self.cluster,
                vpc=self.vpc,
                vpc_subnets=self.app_subnets,
                automatically_after=every,
                # The role only exists once the first migration has run (a later stack).
                rotate_immediately_on_update=False,
            )
        else:
            # Off by default: functions cache their credentials per execution environment, and
            # single-user rotation invalidates the old password at once, so warm functions would fail
            # to reconnect until recycled. Turn on (cashpilot:dbSecretRotationDays) once the database
            # adapter re-reads its secret after an authentication failure.
            for secret in (self.cluster, app_secret):
                acknowledge(
                    secret,
                    "AwsSolutions-SMG4",
                    "Rotation off until the DB adapter re-reads credentials on authentication failure "
                    "(secrets are cached per Lambda environment); enable with cashpilot:dbSecretRotationDays.",
                )

        # 5432 is also the only port the RDS Proxy listens on for PostgreSQL, and the code takes the
        # port from the secret: a non-default cluster port would buy nothing but a broken proxy path.
        acknowledge(
            self.cluster,
            "AwsSolutions-RDS11",
            "Default port kept: RDS Proxy listens on 5432 and only the proxy's security group may reach the cluster.",
        )

    def function_defaults(self) -> FunctionDefaults:
        """What every function needs from this stack: network placement, alarms, database access."""
        return FunctionDefaults(
            vpc=self.vpc,
            subnets=self.app_subnets,
            security_group=self.functions_sg,
            alarm_topic=self.alarm_topic,
            database=self.database_access,
        )

    def _bucket(self, construct_id: str, *, log_prefix: str, lifecycle_rules: list[s3.LifecycleRule]) -> s3.Bucket:
        return s3.Bucket(
            self,
            construct_id,
            encryption=s3.BucketEncryption.KMS,
            encryption_key=self.key,
            # One data key per bucket and hour instead of a KMS call per object.
            bucket_key_enabled=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            enforce_ssl=True,
            minimum_tls_version=1.2,
            versioned=True,
            server_access_logs_bucket=self.access_logs,
            server_access_logs_prefix=log_prefix,
            lifecycle_rules=lifecycle_rules,
            removal_policy=RemovalPolicy.RETAIN,
        )

    def _buckets(self) -> None:
        cfg = self.config
        noncurrent = Duration.days(cfg.noncurrent_version_retention_days)
        abort_uploads = Duration.days(7)
        self.access_logs = s3.Bucket(
            self,
            "AccessLogs",
            # S3 server access logging cannot deliver to a bucket encrypted with a KMS key.
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            enforce_ssl=True,
            minimum_tls_version=1.2,
            lifecycle_rules=[
                s3.LifecycleRule(id="expire-logs", expiration=Duration.days(cfg.access_log_retention_days))
            ],
            removal_policy=RemovalPolicy.RETAIN,
        )
        acknowledge(
            self.access_logs,
            "AwsSolutions-S1",
            "This is the access-log bucket: logging it into itself would loop, elsewhere would only move the gap.",
        )

        self.imports_bucket = self._bucket(
            "ImportsBucket",
            log_prefix="imports-bucket/",
            lifecycle_rules=[
                # Raw statements are parsed into the database within minutes of arriving; the file
                # is kept a while for support and re-imports, then goes.
                s3.LifecycleRule(
                    id="expire-processed-raw-files",
                    prefix=IMPORTS_PREFIX,
                    expiration=Duration.days(cfg.imports_raw_retention_days),
                ),
                s3.LifecycleRule(
                    id="expire-noncurrent-versions",
                    noncurrent_version_expiration=noncurrent,
                    expired_object_delete_marker=True,
                ),
                s3.LifecycleRule(id="abort-incomplete-uploads", abort_incomplete_multipart_upload_after=abort_uploads),
            ],
        )
        if cfg.cors_origins:
            # Browsers upload statements straight to the bucket with presigned PUT URLs.
            self.imports_bucket.add_cors_rule(
                allowed_methods=[s3.HttpMethods.PUT],
                allowed_origins=cfg.cors_origins,
                allowed_headers=["*"],
                max_age=3600,
            )

        self.reports_bucket = self._bucket(
            "ReportsBucket",
            log_prefix="reports-bucket/",
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="expire-noncurrent-versions",
                    noncurrent_version_expiration=noncurrent,
                    expired_object_delete_marker=True,
                ),
                s3.LifecycleRule(id="abort-incomplete-uploads", abort_incomplete_multipart_upload_after=abort_uploads),
            ],
        )
